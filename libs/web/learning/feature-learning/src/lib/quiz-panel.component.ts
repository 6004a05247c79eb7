import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { firstValueFrom } from 'rxjs';
import type { AttemptResultDto, LearnerItemDto, QuizAttemptDto } from '@cadre/shared/contracts';
import { describeError, toAppError } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { confirmAction } from '@cadre/web/ui';

/**
 * A quiz item: its rules and the learner's standing, then an attempt (the server draws
 * the questions and shows them without the key), then the graded result with each
 * question's right answer and feedback.
 */
@Component({
  selector: 'cadre-quiz-panel',
  imports: [MatButtonModule, MatRadioModule, MatCheckboxModule, MatIconModule, TranslatePipe, BilingualPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let quiz = item().quiz;
    @if (quiz) {
      @if (result(); as r) {
        <section class="result" data-testid="quiz-result" aria-live="polite">
          <h3 #resultHeading tabindex="-1" [class.passed]="r.passed" [class.failed]="!r.passed">
            <mat-icon aria-hidden="true">{{ r.passed ? 'check_circle' : 'cancel' }}</mat-icon>
            {{ 'learning.quiz.result' | t: { score: r.scorePercent } }}
          </h3>
          <p>
            {{
              (r.passed ? 'learning.quiz.resultPassed' : 'learning.quiz.resultFailed')
                | t: { mark: r.passMarkPercent }
            }}
            @if (!r.passed) {
              {{ 'learning.quiz.attemptsLeft' | t: { left: r.attemptsLeft, max: quiz.maxAttempts } }}
            }
          </p>
          <ol class="review">
            @for (q of r.questions; track q.questionId) {
              @let shown = questionOf(q.questionId);
              <li [class.right]="q.correct" [class.wrong]="!q.correct">
                <p class="prompt">
                  <strong>{{ (q.correct ? 'learning.quiz.right' : 'learning.quiz.wrong') | t }}</strong> ·
                  {{ shown?.prompt | bilingual }}
                </p>
                <p class="muted">
                  {{ 'learning.quiz.yourAnswer' | t }}:
                  {{ optionTexts(q.questionId, q.chosenOptionIds) || '—' }}
                </p>
                @if (!q.correct && q.correctOptionIds.length) {
                  <p class="muted">
                    {{ 'learning.quiz.rightAnswer' | t }}: {{ optionTexts(q.questionId, q.correctOptionIds) }}
                  </p>
                }
                <p class="feedback">{{ q.feedback | bilingual }}</p>
              </li>
            }
          </ol>
          @if (!r.passed && r.attemptsLeft > 0) {
            <button
              mat-flat-button
              type="button"
              (click)="start()"
              [disabled]="busy()"
              data-testid="quiz-again"
            >
              {{ 'learning.quiz.again' | t }}
            </button>
          }
        </section>
      } @else if (attempt(); as a) {
        <div class="attempt" data-testid="quiz-attempt">
          @if (timeLeft(); as left) {
            <p class="timer" role="timer" [class.low]="secondsLeft() < 60">
              {{ 'learning.quiz.timeLeft' | t: { time: left } }}
            </p>
          }
          <ol class="questions">
            @for (q of a.questions; track q.id; let n = $index) {
              <li>
                <fieldset>
                  <legend>
                    <span class="muted small"
                      >{{ 'learning.quiz.question' | t: { n: n + 1, total: a.questions.length } }} ·
                      {{
                        (q.kind === 'multiple' ? 'learning.quiz.chooseAll' : 'learning.quiz.chooseOne') | t
                      }}</span
                    >
                    <span class="prompt">{{ q.prompt | bilingual }}</span>
                  </legend>
                  @if (q.kind === 'multiple') {
                    @for (o of q.options; track o.id) {
                      <mat-checkbox
                        [checked]="isChosen(q.id, o.id)"
                        (change)="toggle(q.id, o.id, $event.checked)"
                      >
                        {{ o.text | bilingual }}
                      </mat-checkbox>
                    }
                  } @else {
                    <mat-radio-group
                      [value]="chosen()[q.id]?.[0] ?? null"
                      (change)="choose(q.id, $event.value)"
                      [attr.aria-label]="q.prompt | bilingual"
                    >
                      @for (o of q.options; track o.id) {
                        <mat-radio-button [value]="o.id">{{ o.text | bilingual }}</mat-radio-button>
                      }
                    </mat-radio-group>
                  }
                </fieldset>
              </li>
            }
          </ol>
          @if (error()) {
            <p class="error" role="alert">{{ error() }}</p>
          }
          <button
            mat-flat-button
            type="button"
            (click)="submit()"
            [disabled]="busy()"
            data-testid="quiz-submit"
          >
            {{ 'learning.quiz.submit' | t }}
          </button>
        </div>
      } @else {
        <section class="rules" data-testid="quiz-rules">
          <p>
            {{
              'learning.quiz.rules'
                | t: { count: quiz.questionCount, mark: quiz.passMarkPercent, attempts: quiz.maxAttempts }
            }}
          </p>
          @if (quiz.timeLimitMinutes) {
            <p>{{ 'learning.quiz.timeLimit' | t: { minutes: quiz.timeLimitMinutes } }}</p>
          }
          @if (quiz.passed) {
            <p class="passed">
              <mat-icon aria-hidden="true">check_circle</mat-icon> {{ 'learning.quiz.passed' | t }}
              @if (quiz.bestScorePercent) {
                · {{ 'learning.quiz.best' | t: { score: quiz.bestScorePercent } }}
              }
            </p>
          } @else {
            @if (quiz.attemptsUsed) {
              <p class="muted">
                {{ 'learning.quiz.attemptsLeft' | t: { left: attemptsLeft(), max: quiz.maxAttempts } }}
                @if (quiz.bestScorePercent) {
                  · {{ 'learning.quiz.best' | t: { score: quiz.bestScorePercent } }}
                }
              </p>
            }
            @if (attemptsLeft() > 0 || quiz.openAttemptId) {
              <button
                mat-flat-button
                type="button"
                (click)="start()"
                [disabled]="busy()"
                data-testid="quiz-start"
              >
                {{ (quiz.openAttemptId ? 'learning.quiz.resume' : 'learning.quiz.begin') | t }}
              </button>
            } @else {
              <p class="error">{{ 'learning.quiz.noAttemptsLeft' | t }}</p>
            }
          }
          @if (error()) {
            <p class="error" role="alert">{{ error() }}</p>
          }
        </section>
      }
    }
  `,
  styles: `
    .questions,
    .review {
      padding-left: 0;
      list-style: none;
      display: grid;
      gap: 16px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin: 0;
      display: grid;
      gap: 4px;
    }
    legend {
      display: grid;
      gap: 2px;
      padding: 0 4px;
    }
    mat-radio-group {
      display: grid;
    }
    .prompt {
      font-weight: 500;
    }
    .small {
      font-size: 0.85rem;
    }
    .timer {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--mat-sys-surface);
      font: var(--mat-sys-title-small);
      padding: 4px 0;
    }
    .timer.low,
    .error,
    .failed {
      color: var(--mat-sys-error);
    }
    .passed {
      color: var(--mat-sys-primary);
    }
    h3 {
      display: flex;
      gap: 8px;
      align-items: center;
      font: var(--mat-sys-title-large);
    }
    .review li {
      border-left: 4px solid var(--mat-sys-outline-variant);
      padding-left: 12px;
      p {
        margin: 2px 0;
      }
    }
    .review li.right {
      border-color: var(--mat-sys-primary);
    }
    .review li.wrong {
      border-color: var(--mat-sys-error);
    }
    .feedback {
      font-style: italic;
    }
    .passed mat-icon {
      vertical-align: middle;
    }
  `,
})
export class QuizPanelComponent {
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18n);
  private readonly dialog = inject(MatDialog);

  readonly enrolmentId = input.required<string>();
  readonly item = input.required<LearnerItemDto>();
  /** After a submit: the course page reloads its progress. */
  readonly changed = output<AttemptResultDto>();

  protected readonly attempt = signal<QuizAttemptDto | null>(null);
  protected readonly result = signal<AttemptResultDto | null>(null);
  protected readonly chosen = signal<Record<string, string[]>>({});
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly now = signal(Date.now());
  private readonly injector = inject(Injector);
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');

  protected readonly attemptsLeft = computed(() => {
    const quiz = this.item().quiz;
    return quiz ? Math.max(0, quiz.maxAttempts - quiz.attemptsUsed) : 0;
  });
  protected readonly secondsLeft = computed(() => {
    const deadline = this.attempt()?.deadline;
    return deadline ? Math.max(0, Math.floor((Date.parse(deadline) - this.now()) / 1000)) : Infinity;
  });
  protected readonly timeLeft = computed(() => {
    const s = this.secondsLeft();
    if (s === Infinity) return null;
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  });

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected async start(): Promise<void> {
    await this.run(async () => {
      const attempt = await firstValueFrom(this.api.startAttempt(this.enrolmentId(), this.item().id));
      this.result.set(null);
      this.chosen.set({});
      this.attempt.set(attempt);
    });
  }

  protected isChosen(questionId: string, optionId: string): boolean {
    return this.chosen()[questionId]?.includes(optionId) ?? false;
  }

  protected choose(questionId: string, optionId: string): void {
    this.chosen.update((c) => ({ ...c, [questionId]: [optionId] }));
  }

  protected toggle(questionId: string, optionId: string, on: boolean): void {
    this.chosen.update((c) => {
      const rest = (c[questionId] ?? []).filter((id) => id !== optionId);
      return { ...c, [questionId]: on ? [...rest, optionId] : rest };
    });
  }

  protected async submit(): Promise<void> {
    const attempt = this.attempt();
    if (!attempt || this.busy()) return;
    const unanswered = attempt.questions.filter((q) => !this.chosen()[q.id]?.length).length;
    if (
      unanswered > 0 &&
      !(await confirmAction(this.dialog, {
        title: this.i18n.t('learning.quiz.submit'),
        message: this.i18n.t('learning.quiz.unanswered', { count: unanswered }),
        confirmLabel: this.i18n.t('learning.quiz.submit'),
        cancelLabel: this.i18n.t('common.cancel'),
      }))
    )
      return;
    await this.run(async () => {
      const result = await firstValueFrom(
        this.api.submitAttempt(attempt.id, {
          answers: attempt.questions.map((q) => ({ questionId: q.id, optionIds: this.chosen()[q.id] ?? [] })),
        }),
      );
      this.result.set(result);
      this.changed.emit(result);
      // The answers were long; bring the grade (and a screen reader) to the top of the result.
      afterNextRender(() => this.resultHeading()?.nativeElement.focus(), { injector: this.injector });
    });
  }

  /** The chosen or right options of a question of the attempt, as text in the reader's language. */
  protected optionTexts(questionId: string, optionIds: string[]): string {
    const question = this.questionOf(questionId);
    return optionIds
      .map((id) => question?.options.find((o) => o.id === id))
      .flatMap((o) => (o ? [this.i18n.pick(o.text)] : []))
      .join('; ');
  }

  protected questionOf(questionId: string) {
    return this.attempt()?.questions.find((q) => q.id === questionId) ?? null;
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(describeError(this.i18n, toAppError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
