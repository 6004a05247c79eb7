import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ErrorTextPipe } from '@cadre/web/core';
import { LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  StatCardComponent,
} from '@cadre/web/ui';

/** Programme health: the figures that say whether mentoring is alive, and each mentor's load. */
@Component({
  selector: 'cadre-programme-health-panel',
  imports: [
    RouterLink,
    LocalDatePipe,
    TranslatePipe,
    ErrorTextPipe,
    StatCardComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (health.isLoading() && !health.hasValue()) {
      <cadre-loading [label]="'common.loading' | t" />
    } @else if (health.error()) {
      <cadre-error-state
        [message]="health.error() | errorText"
        [retryLabel]="'common.retry' | t"
        (retry)="health.reload()"
      />
    } @else if (health.value(); as h) {
      <div class="stats" data-testid="programme-health">
        <cadre-stat-card icon="handshake" [label]="'mentoring.health.active' | t" [value]="h.activePairs" />
        <cadre-stat-card
          icon="hourglass_top"
          [label]="'mentoring.health.proposed' | t"
          [value]="h.proposedPairs"
        />
        <cadre-stat-card
          icon="pause_circle"
          [label]="'mentoring.health.paused' | t"
          [value]="h.pausedPairs"
        />
        <cadre-stat-card
          icon="event_busy"
          [label]="'mentoring.health.overdue' | t"
          [value]="h.overdueCheckIns"
        />
        <cadre-stat-card
          icon="do_not_disturb_on"
          [label]="'mentoring.health.quiet' | t: { days: 30 }"
          [value]="h.quietPairs"
        />
        <cadre-stat-card
          icon="trending_flat"
          [label]="'mentoring.health.stalled' | t"
          [value]="h.stalledGoals"
        />
        <cadre-stat-card
          icon="groups"
          [label]="'mentoring.health.atCapacity' | t"
          [value]="h.mentorsAtCapacity + ' / ' + h.mentors"
        />
        <cadre-stat-card
          icon="swap_horiz"
          [label]="'mentoring.health.crossUnit' | t"
          [value]="h.crossUnitPairs"
        />
        <cadre-stat-card
          icon="task_alt"
          [label]="'mentoring.health.needsClosed' | t"
          [value]="h.needsClosedDuringMentoring"
        />
        <cadre-stat-card
          icon="timer"
          [label]="'mentoring.health.daysToOnboarding' | t"
          [value]="h.medianDaysToFirstOnboarding ?? '—'"
        />
        <cadre-stat-card
          icon="reviews"
          [label]="'mentoring.health.menteeRating' | t"
          [value]="h.menteeRating === null ? '—' : h.menteeRating + ' / 5'"
        />
        <cadre-stat-card
          icon="rate_review"
          [label]="'mentoring.health.mentorRating' | t"
          [value]="h.mentorRating === null ? '—' : h.mentorRating + ' / 5'"
        />
      </div>
      <h2 class="section">{{ 'mentoring.health.attention' | t }}</h2>
      @if (h.attention.length === 0) {
        <p class="muted">{{ 'mentoring.health.allWell' | t }}</p>
      } @else {
        <div class="table-wrap">
          <table data-testid="attention">
            <thead>
              <tr>
                <th>{{ 'mentoring.pairing.mentor' | t }}</th>
                <th>{{ 'mentoring.pairing.mentee' | t }}</th>
                <th>{{ 'mentoring.health.why' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of h.attention; track p.id) {
                <tr>
                  <td>
                    <a [routerLink]="['/mentoring/pairings', p.id]">{{ p.mentor.fullName }}</a>
                    <div class="muted">{{ p.mentor.orgUnitName }}</div>
                  </td>
                  <td>
                    {{ p.mentee.fullName }}
                    <div class="muted">{{ p.mentee.orgUnitName }}</div>
                  </td>
                  <td>
                    @if (p.overdue) {
                      <span class="flag overdue">{{
                        'mentoring.health.flag.overdue' | t: { date: (p.nextCheckInOn | localDate) }
                      }}</span>
                    }
                    @if (p.status === 'proposed') {
                      <span class="flag">{{ 'mentoring.awaitingMentor' | t }}</span>
                    }
                    @if (p.status === 'paused') {
                      <span class="flag">{{ 'mentoring.status.paused' | t }}</span>
                    }
                    @if (p.crossUnit) {
                      <span class="flag">{{ 'mentoring.health.flag.crossUnit' | t }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <h2 class="section">{{ 'mentoring.health.load' | t }}</h2>
      @if (h.mentorLoad.length === 0) {
        <cadre-empty-state icon="volunteer_activism" [title]="'mentoring.pool.empty' | t" />
      } @else {
        <figure class="chart" [attr.aria-label]="'mentoring.health.load' | t">
          @for (m of h.mentorLoad; track m.employeeId) {
            <div class="bar-row">
              <span class="who">{{ m.fullName }}</span>
              <span class="track" aria-hidden="true">
                <span
                  class="fill"
                  [class.full]="m.load >= m.capacity"
                  [style.width.%]="(100 * m.load) / m.capacity"
                ></span>
              </span>
              <span class="num">{{
                'mentoring.health.loadOf' | t: { load: m.load, capacity: m.capacity }
              }}</span>
            </div>
          }
        </figure>
      }
    }
  `,
  styles: `
    .stats {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 150px), 1fr));
      gap: 12px;
    }
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      th,
      td {
        text-align: left;
        padding: 6px 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        vertical-align: top;
      }
    }
    .flag {
      display: inline-block;
      margin: 0 6px 4px 0;
      padding: 0 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .flag.overdue {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .chart {
      margin: 0;
      display: grid;
      gap: 6px;
    }
    .bar-row {
      display: grid;
      grid-template-columns: minmax(100px, 12em) 1fr auto;
      gap: 8px;
      align-items: center;
    }
    .who {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .track {
      height: 12px;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .fill.full {
      background: var(--mat-sys-tertiary);
    }
    .num {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
})
export class ProgrammeHealthPanelComponent {
  private readonly api = inject(MentorshipApi);
  protected readonly health = rxResource({ stream: () => this.api.health() });
}
