import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { PromotionAction, PromotionDto } from '@cadre/shared/contracts';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { ReadinessSummaryComponent } from './readiness-summary.component';

/** Nominations with their readiness snapshot and the decisions the reader may take now. */
@Component({
  selector: 'cadre-promotion-list',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    ReadinessSummaryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (p of promotions(); track p.id) {
      <article class="promotion" [attr.data-testid]="'promotion-' + p.fullName">
        <header>
          <a [routerLink]="['/career/people', p.employeeId]"
            ><strong>{{ p.fullName }}</strong></a
          >
          <span>
            {{
              'career.promotion.move'
                | t: { from: p.fromLevel.name | bilingual, to: p.toLevel.name | bilingual }
            }}
          </span>
          <span class="status" [attr.data-status]="p.status">{{
            'career.promotion.status.' + p.status | t
          }}</span>
        </header>
        <cadre-readiness-summary [readiness]="p.readiness" />
        <p class="muted">
          {{ 'career.promotion.nominatedBy' | t: { name: p.nominatedBy, date: (p.nominatedAt | localDate) } }}
          @if (p.hrReviewedBy) {
            · {{ 'career.promotion.reviewedBy' | t: { name: p.hrReviewedBy } }}
          }
          @if (p.approverName && p.status === 'awaiting_approval') {
            · {{ 'career.promotion.awaits' | t: { name: p.approverName } }}
          }
          @if (p.approvedBy) {
            · {{ 'career.promotion.approvedBy' | t: { name: p.approvedBy } }}
          }
          @if (p.effectiveOn) {
            · {{ 'career.promotion.effective' | t: { date: (p.effectiveOn | localDate) } }}
          }
        </p>
        @if (p.justification) {
          <p class="quote">“{{ p.justification }}”</p>
        }
        @if (p.hrNote) {
          <p class="quote">{{ 'career.promotion.hrNote' | t: { note: p.hrNote } }}</p>
        }
        @if (p.rejectionReason) {
          <p class="quote">
            {{ 'career.promotion.rejectedWhy' | t: { name: p.rejectedBy ?? '–', reason: p.rejectionReason } }}
          </p>
        }
        @if (p.actions.length) {
          <div class="actions">
            @for (a of p.actions; track a) {
              @if (a === 'reject') {
                <button
                  mat-button
                  type="button"
                  (click)="act.emit({ promotion: p, action: a })"
                  [attr.data-testid]="a + '-' + p.fullName"
                >
                  {{ 'career.decide.' + a + '.action' | t }}
                </button>
              } @else {
                <button
                  mat-flat-button
                  type="button"
                  (click)="act.emit({ promotion: p, action: a })"
                  [attr.data-testid]="a + '-' + p.fullName"
                >
                  {{ 'career.decide.' + a + '.action' | t }}
                </button>
              }
            }
          </div>
        }
      </article>
    } @empty {
      <p class="muted">{{ emptyKey() | t }}</p>
    }
  `,
  styles: `
    .promotion {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px;
      margin-bottom: 8px;
      display: grid;
      gap: 6px;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 12px;
      align-items: baseline;
    }
    .status {
      margin-inline-start: auto;
      font: var(--mat-sys-label-medium);
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
    }
    .muted,
    .quote {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .quote {
      font-style: italic;
    }
    .actions {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
    }
  `,
})
export class PromotionListComponent {
  readonly promotions = input.required<PromotionDto[]>();
  readonly emptyKey = input('career.promotions.none');
  readonly act = output<{ promotion: PromotionDto; action: PromotionAction }>();
}
