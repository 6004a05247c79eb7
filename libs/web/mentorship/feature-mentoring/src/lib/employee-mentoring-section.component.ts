import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { PairingDto } from '@cadre/shared/contracts';
import { Notifier, SessionStore } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { mentoringTranslations } from '../i18n/mentoring.translations';
import { SuggestionsDialogComponent, type SuggestionsDialogData } from './suggestions-dialog.component';

const open = (p: PairingDto) => p.status === 'proposed' || p.status === 'active' || p.status === 'paused';

/**
 * The person page's mentoring section: their mentor (and the next check-in), the people
 * they mentor; a manager or HR finds them a mentor from here, with the explained score.
 */
@Component({
  selector: 'cadre-employee-mentoring-section',
  imports: [RouterLink, MatCardModule, MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="person-mentoring">
      <mat-card-header>
        <mat-card-title>{{ 'mentoring.person.title' | t }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (mentoring.hasValue()) {
          @let m = mentoring.value();
          @if (mentor(); as p) {
            <p>
              {{
                (p.status === 'proposed' ? 'mentoring.person.proposedMentor' : 'mentoring.person.mentoredBy')
                  | t
              }}
              <a [routerLink]="['/mentoring/pairings', p.id]">{{ p.mentor.fullName }}</a>
              <span class="muted">
                ·
                {{
                  (p.status === 'proposed' ? 'mentoring.awaitingMentor' : 'mentoring.status.' + p.status) | t
                }}
              </span>
            </p>
            @if (p.status === 'active' && p.nextCheckInOn) {
              <p class="muted" [class.overdue]="p.overdue">
                {{
                  (p.overdue ? 'mentoring.nextOverdue' : 'mentoring.next')
                    | t: { date: (p.nextCheckInOn | localDate) }
                }}
              </p>
            }
          } @else {
            <p class="muted">{{ 'mentoring.person.noMentor' | t }}</p>
            @if (canAssign()) {
              <button
                mat-stroked-button
                type="button"
                (click)="findMentor()"
                data-testid="person-find-mentor"
              >
                <mat-icon>person_search</mat-icon>{{ 'mentoring.team.findMentor' | t }}
              </button>
            }
          }
          @if (mentees().length) {
            <h3 class="sub-title">{{ 'mentoring.person.mentors' | t: { count: mentees().length } }}</h3>
            <ul class="plain">
              @for (p of mentees(); track p.id) {
                <li>
                  <a [routerLink]="['/mentoring/pairings', p.id]">{{ p.mentee.fullName }}</a>
                  <span class="muted"> · {{ 'mentoring.status.' + p.status | t }}</span>
                </li>
              }
            </ul>
          } @else if (m.isMentor) {
            <p class="muted">{{ 'mentoring.person.availableMentor' | t }}</p>
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .sub-title {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .plain {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .overdue {
      color: var(--mat-sys-error);
    }
  `,
})
export class EmployeeMentoringSectionComponent {
  readonly employeeId = input.required<string>();
  private readonly api = inject(MentorshipApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  protected readonly mentoring = rxResource({
    params: () => this.employeeId(),
    stream: ({ params }) => this.api.ofEmployee(params),
  });
  protected readonly mentor = computed(() => this.mentoring.value()?.asMentee.find(open) ?? null);
  protected readonly mentees = computed(() => this.mentoring.value()?.asMentor.filter(open) ?? []);
  protected readonly canAssign = computed(
    () =>
      this.session.hasPermission('mentorship:assign') &&
      this.session.user()?.employeeId !== this.employeeId(),
  );

  constructor() {
    // The section shows outside the mentoring routes, which register these words themselves.
    inject(I18n).register(mentoringTranslations);
  }

  protected async findMentor(): Promise<void> {
    const made = await firstValueFrom(
      this.dialog
        .open<SuggestionsDialogComponent, SuggestionsDialogData>(SuggestionsDialogComponent, {
          data: { menteeId: this.employeeId(), menteeName: this.mentoring.value()?.fullName ?? '' },
          autoFocus: 'dialog',
        })
        .afterClosed(),
    );
    if (!made) return;
    this.notifier.success(
      made.status === 'proposed' ? 'mentoring.suggest.proposed' : 'mentoring.suggest.assigned',
    );
    this.mentoring.reload();
  }
}
