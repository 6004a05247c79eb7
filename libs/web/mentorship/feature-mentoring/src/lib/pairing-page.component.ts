import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  PAIRING_ACTIONS,
  pairingActionsFor,
  type PairingAction,
  type PairingDetailDto,
} from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, submission } from '@cadre/web/core';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { CadenceDialogComponent } from './cadence-dialog.component';
import { CheckInDialogComponent } from './check-in-dialog.component';
import { GoalDialogComponent } from './goal-dialog.component';
import { ReasonDialogComponent, type ReasonDialogData } from './reason-dialog.component';

/** One pairing: its state and what the caller may do to it, goals, check-ins, feedback. */
@Component({
  selector: 'cadre-pairing-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    BilingualPipe,
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
      @if (pairing.isLoading() && !pairing.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (pairing.error()) {
        <cadre-error-state
          [message]="pairing.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="pairing.reload()"
        />
      } @else if (pairing.value(); as p) {
        <cadre-page-header
          [title]="'mentoring.pairing.title' | t: { mentor: p.mentor.fullName, mentee: p.mentee.fullName }"
          [subtitle]="'mentoring.status.' + p.status | t"
        >
          <a mat-stroked-button routerLink="/mentoring"
            ><mat-icon>arrow_back</mat-icon>{{ 'mentoring.back' | t }}</a
          >
        </cadre-page-header>

        <section class="facts">
          <div>
            <span class="label">{{ 'mentoring.pairing.mentor' | t }}</span>
            <strong>{{ p.mentor.fullName }}</strong>
            <span class="muted">{{ p.mentor.jobTitle }} · {{ p.mentor.orgUnitName }}</span>
          </div>
          <div>
            <span class="label">{{ 'mentoring.pairing.mentee' | t }}</span>
            <strong>{{ p.mentee.fullName }}</strong>
            <span class="muted">{{ p.mentee.jobTitle }} · {{ p.mentee.orgUnitName }}</span>
          </div>
          <div>
            <span class="label">{{ 'mentoring.pairing.started' | t }}</span>
            <strong>{{ p.startedOn ? (p.startedOn | localDate) : '—' }}</strong>
            @if (p.endedOn) {
              <span class="muted">{{
                'mentoring.pairing.ended' | t: { date: (p.endedOn | localDate) }
              }}</span>
            }
          </div>
          <div>
            <span class="label">{{ 'mentoring.pairing.nextCheckIn' | t }}</span>
            <strong [class.overdue]="p.overdue" data-testid="next-check-in">
              {{ p.nextCheckInOn ? (p.nextCheckInOn | localDate) : '—' }}
              @if (p.overdue) {
                · {{ 'mentoring.overdue' | t }}
              }
            </strong>
            <span class="muted">
              {{ 'mentoring.pairing.cadence' | t: { first: p.firstMonthCadenceDays, then: p.cadenceDays } }}
              @if (canSetCadence()) {
                <button
                  mat-button
                  type="button"
                  class="inline"
                  (click)="editCadence(p)"
                  data-testid="edit-cadence"
                >
                  {{ 'mentoring.cadence.change' | t }}
                </button>
              }
            </span>
          </div>
        </section>
        @if (p.statusReason) {
          <p class="reason" role="note">
            <mat-icon inline aria-hidden="true">info</mat-icon>
            {{
              'mentoring.pairing.reason.' + p.status
                | t: { by: ('mentoring.byPart.' + p.statusChangedBy | t), reason: p.statusReason }
            }}
          </p>
        }
        @if (p.status === 'proposed' && p.myPart !== 'mentor') {
          <p class="muted">{{ 'mentoring.awaitingMentor' | t }}</p>
        }

        <div class="actions">
          @if (canLog()) {
            <button mat-flat-button type="button" (click)="logCheckIn(p)" data-testid="log-check-in">
              <mat-icon>edit_note</mat-icon>{{ 'mentoring.checkIn.log' | t }}
            </button>
          }
          @for (a of actions(); track a) {
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="act(p, a)"
              [attr.data-testid]="'action-' + a"
            >
              {{ actionLabel(p, a) | t }}
            </button>
          }
        </div>
        @if (error()) {
          <p class="error" role="alert">{{ error() }}</p>
        }

        <section>
          <div class="section-head">
            <h2 class="section">{{ 'mentoring.goals' | t }}</h2>
            @if (isOpen()) {
              <button mat-button type="button" (click)="addGoal(p)" data-testid="add-goal">
                <mat-icon>add</mat-icon>{{ 'mentoring.goal.add' | t }}
              </button>
            }
          </div>
          @for (g of p.goals; track g.id) {
            <div class="goal" data-testid="goal">
              <div class="goal-head">
                <strong>{{ g.title }}</strong>
                <span class="muted">{{ 'mentoring.goal.by' | t: { date: (g.targetDate | localDate) } }}</span>
              </div>
              @if (g.competency || g.course) {
                <span class="muted">
                  {{ g.competency?.name | bilingual }}
                  @if (g.course) {
                    · {{ 'mentoring.goal.viaCourse' | t: { code: g.course.code } }}
                  }
                </span>
              }
              <div class="progress">
                <mat-progress-bar mode="determinate" [value]="g.progress" [attr.aria-label]="g.title" />
                <span>{{ g.progress }}%</span>
              </div>
            </div>
          } @empty {
            <p class="muted">{{ 'mentoring.goal.none' | t }}</p>
          }
        </section>

        <section>
          <h2 class="section">{{ 'mentoring.checkIns' | t }}</h2>
          @for (c of p.checkIns; track c.id) {
            <article class="check-in" data-testid="check-in">
              <header>
                <strong>{{ c.heldOn | localDate }}</strong>
                <span class="muted"> · {{ c.authorName }}</span>
              </header>
              @if (c.sharedNotes) {
                <p class="notes">{{ c.sharedNotes }}</p>
              }
              @if (c.privateNotes) {
                <p class="private" data-testid="private-notes">
                  <mat-icon inline aria-hidden="true">lock</mat-icon>
                  <span class="sr-label">{{ 'mentoring.checkIn.onlyYou' | t }}:</span> {{ c.privateNotes }}
                </p>
              }
              @if (c.goalProgress.length) {
                <p class="muted">
                  @for (gp of c.goalProgress; track gp.goalId; let last = $last) {
                    {{ goalTitle(p, gp.goalId) }} {{ gp.progress }}%{{ last ? '' : ' · ' }}
                  }
                </p>
              }
            </article>
          } @empty {
            <cadre-empty-state
              icon="event_note"
              [title]="'mentoring.checkIn.none' | t"
              [hint]="'mentoring.checkIn.noneHint' | t"
            />
          }
        </section>

        @if (p.status === 'completed') {
          <section data-testid="feedback">
            <h2 class="section">{{ 'mentoring.feedback.title' | t }}</h2>
            @for (f of p.feedback; track f.from) {
              <p>
                <strong>{{ 'mentoring.part.' + f.from | t }}</strong> ·
                {{ 'mentoring.feedback.rating' | t: { rating: f.rating } }}
                @if (f.text) {
                  — {{ f.text }}
                }
              </p>
            }
            @if (canGiveFeedback()) {
              <div class="feedback-form">
                <fieldset class="stars">
                  <legend>{{ 'mentoring.feedback.ratingLabel' | t }}</legend>
                  @for (n of [1, 2, 3, 4, 5]; track n) {
                    <button
                      mat-icon-button
                      type="button"
                      [attr.aria-label]="'mentoring.feedback.rating' | t: { rating: n }"
                      [attr.aria-pressed]="rating() === n"
                      (click)="rating.set(n)"
                      [attr.data-testid]="'rating-' + n"
                    >
                      <mat-icon>{{ n <= rating() ? 'star' : 'star_border' }}</mat-icon>
                    </button>
                  }
                </fieldset>
                <mat-form-field class="full">
                  <mat-label>{{ 'mentoring.feedback.text' | t }}</mat-label>
                  <textarea
                    matInput
                    [formControl]="feedbackText"
                    rows="2"
                    data-testid="feedback-text"
                  ></textarea>
                </mat-form-field>
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="!rating() || busy()"
                  (click)="giveFeedback(p)"
                  data-testid="feedback-save"
                >
                  {{ 'mentoring.feedback.give' | t }}
                </button>
              </div>
            }
          </section>
        }
      }
    </div>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
      gap: 16px;
      div {
        display: grid;
        gap: 2px;
      }
    }
    .label {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .overdue {
      color: var(--mat-sys-error);
    }
    .inline {
      min-width: 0;
      padding: 0 4px;
      height: auto;
    }
    .reason {
      background: var(--mat-sys-surface-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 16px 0;
    }
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
    }
    .section-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .goal {
      display: grid;
      gap: 4px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .goal-head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: space-between;
    }
    .progress {
      display: grid;
      grid-template-columns: 1fr 3.5em;
      gap: 8px;
      align-items: center;
      span {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    }
    .check-in {
      border-left: 3px solid var(--mat-sys-primary);
      padding: 4px 12px;
      margin: 8px 0;
    }
    .notes {
      white-space: pre-wrap;
      margin: 4px 0;
    }
    .private {
      white-space: pre-wrap;
      margin: 4px 0;
      padding: 4px 8px;
      border-radius: 6px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .sr-label {
      font-weight: 500;
    }
    .stars {
      border: 0;
      padding: 0;
      margin: 0;
      legend {
        font: var(--mat-sys-label-large);
      }
    }
    .full {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class PairingPageComponent {
  readonly id = input.required<string>();
  private readonly api = inject(MentorshipApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);
  protected readonly pairing = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.pairing(params),
  });
  private readonly submission = submission();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly rating = signal(0);
  protected readonly feedbackText = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(2000)],
  });

  protected readonly actions = computed(() => {
    const p = this.pairing.value();
    return p ? pairingActionsFor(p.status, p.myPart) : [];
  });
  protected readonly isOpen = computed(() => {
    const status = this.pairing.value()?.status;
    return status === 'proposed' || status === 'active' || status === 'paused';
  });
  protected readonly canLog = computed(() => {
    const p = this.pairing.value();
    return p?.status === 'active' && (p.myPart === 'mentor' || p.myPart === 'mentee');
  });
  protected readonly canSetCadence = computed(
    () => this.isOpen() && this.pairing.value()?.myPart !== 'mentee',
  );
  protected readonly canGiveFeedback = computed(() => {
    const p = this.pairing.value();
    return (
      !!p && (p.myPart === 'mentor' || p.myPart === 'mentee') && !p.feedback.some((f) => f.from === p.myPart)
    );
  });

  /** Declining a running pairing ends it: the button says so. */
  protected actionLabel(p: PairingDetailDto, action: PairingAction): string {
    return action === 'decline' && p.status === 'active'
      ? 'mentoring.action.end'
      : `mentoring.action.${action}`;
  }

  protected goalTitle(p: PairingDetailDto, goalId: string): string {
    return p.goals.find((g) => g.id === goalId)?.title ?? '';
  }

  protected async logCheckIn(p: PairingDetailDto): Promise<void> {
    const saved = await firstValueFrom(this.dialog.open(CheckInDialogComponent, { data: p }).afterClosed());
    if (saved) this.pairing.set(saved);
  }

  protected async editCadence(p: PairingDetailDto): Promise<void> {
    const saved = await firstValueFrom(this.dialog.open(CadenceDialogComponent, { data: p }).afterClosed());
    if (saved) this.pairing.set(saved);
  }

  protected async addGoal(p: PairingDetailDto): Promise<void> {
    const saved = await firstValueFrom(this.dialog.open(GoalDialogComponent, { data: p }).afterClosed());
    if (saved) this.pairing.set(saved);
  }

  /** Actions that need a reason ask for it; the rest ask to confirm. Cancel and Escape change nothing. */
  protected async act(p: PairingDetailDto, action: PairingAction): Promise<void> {
    const title = this.i18n.t(`mentoring.action.${action}Title`, {
      mentor: p.mentor.fullName,
      mentee: p.mentee.fullName,
    });
    const confirmLabel = this.i18n.t(this.actionLabel(p, action));
    let reason: string | undefined;
    if (PAIRING_ACTIONS[action].reason) {
      reason = await firstValueFrom(
        this.dialog
          .open<ReasonDialogComponent, ReasonDialogData, string>(ReasonDialogComponent, {
            data: { title, confirmLabel },
          })
          .afterClosed(),
      );
      if (!reason) return;
    } else if (
      !(await confirmAction(this.dialog, {
        title,
        message: this.i18n.t(`mentoring.action.${action}Message`),
        confirmLabel,
        cancelLabel: this.i18n.t('common.cancel'),
      }))
    ) {
      return;
    }
    await this.submission.run(async () => {
      this.pairing.set(await firstValueFrom(this.api.act(p.id, { action, reason })));
      this.notifier.success(`mentoring.action.${action}Done`);
    });
  }

  protected async giveFeedback(p: PairingDetailDto): Promise<void> {
    await this.submission.run(async () => {
      this.pairing.set(
        await firstValueFrom(
          this.api.feedback(p.id, { rating: this.rating(), text: this.feedbackText.value.trim() }),
        ),
      );
    });
  }
}
