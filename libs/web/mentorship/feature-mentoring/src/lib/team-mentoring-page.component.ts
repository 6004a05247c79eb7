import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { TeamMentoringRowDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier } from '@cadre/web/core';
import { LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { SuggestionsDialogComponent, type SuggestionsDialogData } from './suggestions-dialog.component';

/** New hires first. */
const RECENT_DAYS = 90;

/** A manager's team (HR: everyone) with each person's mentor, and mentors suggested for those without. */
@Component({
  selector: 'cadre-team-mentoring-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatSlideToggleModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'mentoring.team.title' | t" [subtitle]="'mentoring.team.subtitle' | t">
        <a mat-stroked-button routerLink=".."><mat-icon>arrow_back</mat-icon>{{ 'mentoring.back' | t }}</a>
      </cadre-page-header>
      <mat-slide-toggle
        [checked]="recentOnly()"
        (change)="recentOnly.set($event.checked)"
        data-testid="recent-only"
      >
        {{ 'mentoring.team.recentOnly' | t: { days: recentDays } }}
      </mat-slide-toggle>
      @if (team.isLoading() && !team.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (team.error()) {
        <cadre-error-state
          [message]="team.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="team.reload()"
        />
      } @else if (team.hasValue()) {
        @if (team.value().length === 0) {
          <cadre-empty-state
            icon="groups"
            [title]="'mentoring.team.empty' | t"
            [hint]="'mentoring.team.emptyHint' | t"
          />
        } @else {
          <div class="table-wrap">
            <table class="stack-on-phone" data-testid="team-mentoring">
              <thead>
                <tr>
                  <th>{{ 'mentoring.team.person' | t }}</th>
                  <th>{{ 'mentoring.team.hired' | t }}</th>
                  <th class="num">{{ 'mentoring.team.needs' | t }}</th>
                  <th>{{ 'mentoring.team.mentor' | t }}</th>
                  <th>
                    <span class="sr-only">{{ 'mentoring.team.actions' | t }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (r of team.value(); track r.employeeId) {
                  <tr [attr.data-testid]="'team-row-' + r.employeeId">
                    <td>
                      <a [routerLink]="['/people', r.employeeId]">{{ r.fullName }}</a>
                      <div class="muted">{{ r.jobTitle }}</div>
                    </td>
                    <td [attr.data-label]="'mentoring.team.hired' | t">{{ r.hireDate | localDate }}</td>
                    <td class="num" [attr.data-label]="'mentoring.team.needs' | t">{{ r.openNeeds }}</td>
                    <td [attr.data-label]="'mentoring.team.mentor' | t">
                      @if (hasOpen(r) && r.pairing; as p) {
                        <a [routerLink]="['/mentoring/pairings', p.id]">{{ p.mentor.fullName }}</a>
                        <div class="muted" [class.overdue]="p.overdue">
                          {{ 'mentoring.status.' + p.status | t }}
                          @if (p.overdue) {
                            · {{ 'mentoring.overdue' | t }}
                          }
                        </div>
                      } @else {
                        <span class="muted">{{ 'mentoring.team.noMentor' | t }}</span>
                      }
                    </td>
                    <td class="act">
                      @if (!hasOpen(r)) {
                        <button
                          mat-stroked-button
                          type="button"
                          (click)="suggest(r)"
                          [attr.data-testid]="'suggest-' + r.employeeId"
                        >
                          <mat-icon>person_search</mat-icon>{{ 'mentoring.team.findMentor' | t }}
                        </button>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,
  styles: `
    mat-slide-toggle {
      margin: 8px 0 16px;
      display: block;
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
        padding: 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        vertical-align: top;
      }
      .num {
        text-align: right;
      }
      .act {
        text-align: right;
        white-space: nowrap;
      }
    }
    .overdue {
      color: var(--mat-sys-error);
    }

    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class TeamMentoringPageComponent {
  private readonly api = inject(MentorshipApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  protected readonly recentDays = RECENT_DAYS;
  protected readonly recentOnly = signal(false);
  protected readonly team = rxResource({
    params: () => this.recentOnly(),
    stream: ({ params }) => this.api.team(params ? RECENT_DAYS : undefined),
  });

  protected hasOpen(r: TeamMentoringRowDto): boolean {
    const status = r.pairing?.status;
    return status === 'proposed' || status === 'active' || status === 'paused';
  }

  protected async suggest(r: TeamMentoringRowDto): Promise<void> {
    const made = await firstValueFrom(
      this.dialog
        .open<SuggestionsDialogComponent, SuggestionsDialogData>(SuggestionsDialogComponent, {
          data: { menteeId: r.employeeId, menteeName: r.fullName },
          autoFocus: 'dialog',
        })
        .afterClosed(),
    );
    if (!made) return;
    this.notifier.success(
      made.status === 'proposed' ? 'mentoring.suggest.proposed' : 'mentoring.suggest.assigned',
    );
    this.team.reload();
  }
}
