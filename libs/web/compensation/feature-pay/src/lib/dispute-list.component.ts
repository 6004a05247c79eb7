import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { DisputeDto } from '@cadre/shared/contracts';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { formatMoney } from './pay-format';

/** Disputes with their answers; open ones first, each settled in place by those who may. */
@Component({
  selector: 'cadre-dispute-list',
  imports: [MatButtonModule, RouterLink, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="disputes" data-testid="disputes">
      @for (d of disputes(); track d.id) {
        <li [attr.data-status]="d.status" [attr.data-testid]="'dispute-' + d.component">
          <div class="head">
            @if (showPerson()) {
              <a [routerLink]="['/pay/statements', d.statementId]">{{ d.fullName }} · {{ d.period }}</a>
            }
            <strong>{{ d.lineName }}</strong>
            <span [class]="'state ' + d.status">{{ 'pay.dispute.status.' + d.status | t }}</span>
            <span class="muted">{{ d.raisedAt | localDate }}</span>
          </div>
          <p class="reason">{{ d.reason }}</p>
          @if (d.status !== 'open') {
            <p class="answer">
              {{ 'pay.dispute.answered' | t: { name: d.resolvedBy ?? '' } }}: {{ d.resolution }}
              @if (d.adjustment) {
                ·
                <strong>{{
                  'pay.dispute.adjusted' | t: { amount: d.adjustment, currency: d.currency }
                }}</strong>
              }
            </p>
          } @else if (canSettle()(d)) {
            <button mat-stroked-button type="button" (click)="settle.emit(d)" data-testid="dispute-settle">
              {{ 'pay.dispute.settle' | t }}
            </button>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .disputes {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .disputes > li {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .head {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
      align-items: center;
    }
    .reason,
    .answer {
      margin: 8px 0 0;
      overflow-wrap: anywhere;
    }
    .state {
      font: var(--mat-sys-label-small);
      padding: 2px 8px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
    }
    .state.open {
      background: var(--mat-sys-tertiary-container);
    }
    .state.accepted {
      background: var(--mat-sys-primary-container);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DisputeListComponent {
  private readonly i18n = inject(I18n);
  readonly disputes = input.required<DisputeDto[]>();
  readonly showPerson = input(false);
  readonly canSettle = input<(d: DisputeDto) => boolean>(() => false);
  readonly settle = output<DisputeDto>();

  protected money(value: string, currency: string): string {
    return formatMoney(value, currency, this.i18n.locale());
  }
}
