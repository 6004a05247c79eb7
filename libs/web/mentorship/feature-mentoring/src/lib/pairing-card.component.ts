import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { PairingDto } from '@cadre/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';

/** One pairing at a glance: the other person, the state, the next meeting (overdue in red). */
@Component({
  selector: 'cadre-pairing-card',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = pairing();
    @let other = p.myPart === 'mentee' ? p.mentor : p.mentee;
    <article class="card" [attr.data-testid]="'pairing-' + p.id">
      <div class="head">
        <mat-icon aria-hidden="true">{{ p.myPart === 'mentee' ? 'school' : 'person' }}</mat-icon>
        <div>
          <a class="name" [routerLink]="['/mentoring/pairings', p.id]">{{ other.fullName }}</a>
          <div class="muted">{{ other.jobTitle }} · {{ other.orgUnitName }}</div>
        </div>
        <span class="status" [class]="'status ' + p.status">{{ 'mentoring.status.' + p.status | t }}</span>
      </div>
      @if (p.status === 'active') {
        <p class="next" [class.overdue]="p.overdue">
          <mat-icon inline aria-hidden="true">{{ p.overdue ? 'warning' : 'event' }}</mat-icon>
          @if (p.nextCheckInOn) {
            {{
              (p.overdue ? 'mentoring.nextOverdue' : 'mentoring.next')
                | t: { date: (p.nextCheckInOn | localDate) }
            }}
          } @else {
            {{ 'mentoring.noNext' | t }}
          }
        </p>
      } @else if (p.status === 'proposed') {
        <p class="next">
          {{ (p.myPart === 'mentor' ? 'mentoring.awaitingYou' : 'mentoring.awaitingMentor') | t }}
        </p>
      }
      <div class="actions">
        <a mat-stroked-button [routerLink]="['/mentoring/pairings', p.id]">{{ 'mentoring.open' | t }}</a>
        @if (p.status === 'active' && (p.myPart === 'mentor' || p.myPart === 'mentee')) {
          <button
            mat-flat-button
            type="button"
            (click)="logCheckIn.emit()"
            [attr.data-testid]="'log-check-in-' + p.id"
          >
            <mat-icon>edit_note</mat-icon>{{ 'mentoring.checkIn.log' | t }}
          </button>
        }
      </div>
    </article>
  `,
  styles: `
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      display: grid;
      gap: 8px;
      background: var(--mat-sys-surface);
    }
    .head {
      display: grid;
      grid-template-columns: auto 1fr auto;
      gap: 12px;
      align-items: center;
    }
    .name {
      font: var(--mat-sys-title-medium);
    }
    .status {
      font: var(--mat-sys-label-medium);
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      white-space: nowrap;
    }
    .status.active {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status.proposed,
    .status.paused {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .next {
      margin: 0;
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      justify-content: flex-end;
    }
  `,
})
export class PairingCardComponent {
  readonly pairing = input.required<PairingDto>();
  readonly logCheckIn = output<void>();
}
