import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  COURSE_CATEGORIES,
  COURSE_ITEM_KINDS,
  QUESTION_KINDS,
  type CourseDto,
} from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission, Notifier } from '@cadre/web/core';
import { CoursePreviewDialogComponent, type CoursePreview } from './course-preview-dialog.component';
import { LearningFileFieldComponent } from './learning-file-field.component';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { CompetencyChoices } from '@cadre/web/talent/widgets';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import {
  courseForm,
  itemForm,
  moduleForm,
  move,
  optionForm,
  questionForm,
  toCourseContent,
  type CourseForm,
  type QuestionForm,
} from './course-form';

/**
 * HR writes a course: its details, the competencies it develops, and modules of lessons,
 * videos, links and quizzes with their question banks. Saving keeps a draft; publishing
 * makes it the version new learners take (a published course edited starts a new draft).
 */
@Component({
  selector: 'cadre-course-editor-page',
  imports: [
    LearningFileFieldComponent,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  providers: [CompetencyChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header
        [title]="(courseId() ? 'learning.editor.editTitle' : 'learning.editor.newTitle') | t"
        [subtitle]="status() ? ('learning.editor.status.' + status() | t: { version: version() }) : ''"
      >
        <a mat-stroked-button routerLink="/learning/courses">
          <mat-icon>arrow_back</mat-icon>{{ 'learning.editor.backToCourses' | t }}
        </a>
      </cadre-page-header>
      @if (existing.isLoading()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (existing.error()) {
        <cadre-error-state [message]="'learning.editor.notFound' | t" />
      } @else {
        <form [formGroup]="form()" (ngSubmit)="save(false)" novalidate data-testid="course-editor">
          <section class="card">
            <h2>{{ 'learning.editor.details' | t }}</h2>
            <div class="grid">
              <mat-form-field>
                <mat-label>{{ 'learning.editor.code' | t }}</mat-label>
                <input matInput formControlName="code" autocomplete="off" />
                <mat-hint>{{ 'learning.editor.codeHint' | t }}</mat-hint>
                <mat-error>{{
                  form().controls.code.errors | controlMessage: ('learning.editor.codeHint' | t)
                }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'learning.editor.category' | t }}</mat-label>
                <mat-select formControlName="category">
                  @for (c of categories; track c) {
                    <mat-option [value]="c">{{ 'learning.category.' + c | t }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <ng-container formGroupName="title">
                <mat-form-field>
                  <mat-label>{{ 'learning.editor.titleEn' | t }}</mat-label>
                  <input matInput formControlName="en" />
                  <mat-error>{{ form().controls.title.controls.en.errors | controlMessage }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'learning.editor.titleZh' | t }}</mat-label>
                  <input matInput formControlName="zh" />
                  <mat-error>{{ form().controls.title.controls.zh.errors | controlMessage }}</mat-error>
                </mat-form-field>
              </ng-container>
              <ng-container formGroupName="summary">
                <mat-form-field class="wide">
                  <mat-label>{{ 'learning.editor.summaryEn' | t }}</mat-label>
                  <textarea matInput formControlName="en" rows="2"></textarea>
                  <mat-error>{{ form().controls.summary.controls.en.errors | controlMessage }}</mat-error>
                </mat-form-field>
                <mat-form-field class="wide">
                  <mat-label>{{ 'learning.editor.summaryZh' | t }}</mat-label>
                  <textarea matInput formControlName="zh" rows="2"></textarea>
                  <mat-error>{{ form().controls.summary.controls.zh.errors | controlMessage }}</mat-error>
                </mat-form-field>
              </ng-container>
              <mat-form-field>
                <mat-label>{{ 'learning.editor.minutes' | t }}</mat-label>
                <input matInput type="number" formControlName="estimatedMinutes" min="1" />
                <mat-error>{{ form().controls.estimatedMinutes.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <div class="inline">
                <mat-checkbox formControlName="certifying">{{
                  'learning.editor.certifying' | t
                }}</mat-checkbox>
                @if (form().controls.certifying.value) {
                  <mat-form-field>
                    <mat-label>{{ 'learning.editor.validity' | t }}</mat-label>
                    <input matInput type="number" formControlName="validityMonths" min="1" />
                    <mat-error>{{ form().controls.validityMonths.errors | controlMessage }}</mat-error>
                  </mat-form-field>
                }
              </div>
            </div>
            <h3>{{ 'learning.develops' | t }}</h3>
            <div formArrayName="competencies" class="rows">
              @for (c of form().controls.competencies.controls; track c; let i = $index) {
                <div class="row" [formGroupName]="i">
                  <mat-form-field class="grow">
                    <mat-label>{{ 'learning.editor.competency' | t }}</mat-label>
                    <mat-select formControlName="competencyId">
                      @for (k of choices.competencies(); track k.id) {
                        <mat-option [value]="k.id">{{ k.name | bilingual }}</mat-option>
                      }
                    </mat-select>
                    <mat-error>{{ c.controls.competencyId.errors | controlMessage }}</mat-error>
                  </mat-form-field>
                  <mat-form-field class="narrow">
                    <mat-label>{{ 'learning.editor.level' | t }}</mat-label>
                    <input matInput type="number" formControlName="level" min="1" max="5" />
                  </mat-form-field>
                  <button
                    mat-icon-button
                    type="button"
                    (click)="form().controls.competencies.removeAt(i)"
                    [attr.aria-label]="'common.remove' | t"
                  >
                    <mat-icon>delete</mat-icon>
                  </button>
                </div>
              }
              <button mat-button type="button" (click)="addCompetency()">
                <mat-icon>add</mat-icon>{{ 'learning.editor.addCompetency' | t }}
              </button>
            </div>
          </section>

          <div formArrayName="modules">
            @for (m of form().controls.modules.controls; track m; let mi = $index; let lastModule = $last) {
              <section class="card" [formGroupName]="mi" [attr.data-testid]="'module-' + mi">
                <div class="head">
                  <h2>{{ 'learning.editor.module' | t: { n: mi + 1 } }}</h2>
                  <span class="tools">
                    <button
                      mat-icon-button
                      type="button"
                      [disabled]="mi === 0"
                      (click)="move(form().controls.modules, mi, -1)"
                      [attr.aria-label]="'learning.editor.moveUp' | t"
                    >
                      <mat-icon>arrow_upward</mat-icon>
                    </button>
                    <button
                      mat-icon-button
                      type="button"
                      [disabled]="lastModule"
                      (click)="move(form().controls.modules, mi, 1)"
                      [attr.aria-label]="'learning.editor.moveDown' | t"
                    >
                      <mat-icon>arrow_downward</mat-icon>
                    </button>
                    <button
                      mat-icon-button
                      type="button"
                      [disabled]="form().controls.modules.length === 1"
                      (click)="form().controls.modules.removeAt(mi)"
                      [attr.aria-label]="'learning.editor.removeModule' | t"
                    >
                      <mat-icon>delete</mat-icon>
                    </button>
                  </span>
                </div>
                <div class="grid" formGroupName="title">
                  <mat-form-field>
                    <mat-label>{{ 'learning.editor.moduleTitleEn' | t }}</mat-label>
                    <input matInput formControlName="en" />
                    <mat-error>{{ m.controls.title.controls.en.errors | controlMessage }}</mat-error>
                  </mat-form-field>
                  <mat-form-field>
                    <mat-label>{{ 'learning.editor.moduleTitleZh' | t }}</mat-label>
                    <input matInput formControlName="zh" />
                    <mat-error>{{ m.controls.title.controls.zh.errors | controlMessage }}</mat-error>
                  </mat-form-field>
                </div>
                <ol formArrayName="items" class="items">
                  @for (
                    item of m.controls.items.controls;
                    track item;
                    let ii = $index;
                    let lastItem = $last
                  ) {
                    <li [formGroupName]="ii" class="item" [attr.data-testid]="'item-' + mi + '-' + ii">
                      <div class="head">
                        <mat-form-field class="narrow">
                          <mat-label>{{ 'learning.editor.kind' | t }}</mat-label>
                          <mat-select formControlName="kind">
                            @for (k of itemKinds; track k) {
                              <mat-option [value]="k">{{ 'learning.itemKind.' + k | t }}</mat-option>
                            }
                          </mat-select>
                        </mat-form-field>
                        <span class="tools">
                          <button
                            mat-icon-button
                            type="button"
                            [disabled]="ii === 0"
                            (click)="move(m.controls.items, ii, -1)"
                            [attr.aria-label]="'learning.editor.moveUp' | t"
                          >
                            <mat-icon>arrow_upward</mat-icon>
                          </button>
                          <button
                            mat-icon-button
                            type="button"
                            [disabled]="lastItem"
                            (click)="move(m.controls.items, ii, 1)"
                            [attr.aria-label]="'learning.editor.moveDown' | t"
                          >
                            <mat-icon>arrow_downward</mat-icon>
                          </button>
                          <button
                            mat-icon-button
                            type="button"
                            [disabled]="m.controls.items.length === 1"
                            (click)="m.controls.items.removeAt(ii)"
                            [attr.aria-label]="'learning.editor.removeItem' | t"
                          >
                            <mat-icon>delete</mat-icon>
                          </button>
                        </span>
                      </div>
                      <div class="grid" formGroupName="title">
                        <mat-form-field>
                          <mat-label>{{ 'learning.editor.itemTitleEn' | t }}</mat-label>
                          <input matInput formControlName="en" />
                          <mat-error>{{ item.controls.title.controls.en.errors | controlMessage }}</mat-error>
                        </mat-form-field>
                        <mat-form-field>
                          <mat-label>{{ 'learning.editor.itemTitleZh' | t }}</mat-label>
                          <input matInput formControlName="zh" />
                          <mat-error>{{ item.controls.title.controls.zh.errors | controlMessage }}</mat-error>
                        </mat-form-field>
                      </div>
                      @switch (item.controls.kind.value) {
                        @case ('lesson') {
                          <div class="grid" formGroupName="body">
                            <mat-form-field class="wide">
                              <mat-label>{{ 'learning.editor.bodyEn' | t }}</mat-label>
                              <textarea matInput formControlName="en" rows="6"></textarea>
                              <mat-hint>{{ 'learning.editor.markdownHint' | t }}</mat-hint>
                            </mat-form-field>
                            <mat-form-field class="wide">
                              <mat-label>{{ 'learning.editor.bodyZh' | t }}</mat-label>
                              <textarea matInput formControlName="zh" rows="6"></textarea>
                            </mat-form-field>
                          </div>
                          @if (item.controls.body.errors?.['server']; as e) {
                            <p class="error" role="alert">{{ e }}</p>
                          }
                        }
                        @case ('quiz') {
                          <ng-container formGroupName="quiz">
                            <div class="grid four">
                              <mat-form-field>
                                <mat-label>{{ 'learning.editor.drawCount' | t }}</mat-label>
                                <input matInput type="number" formControlName="drawCount" min="1" />
                                <mat-error>{{
                                  item.controls.quiz.controls.drawCount.errors | controlMessage
                                }}</mat-error>
                              </mat-form-field>
                              <mat-form-field>
                                <mat-label>{{ 'learning.editor.passMark' | t }}</mat-label>
                                <input
                                  matInput
                                  type="number"
                                  formControlName="passMarkPercent"
                                  min="1"
                                  max="100"
                                />
                                <mat-error>{{
                                  item.controls.quiz.controls.passMarkPercent.errors | controlMessage
                                }}</mat-error>
                              </mat-form-field>
                              <mat-form-field>
                                <mat-label>{{ 'learning.editor.maxAttempts' | t }}</mat-label>
                                <input matInput type="number" formControlName="maxAttempts" min="1" />
                                <mat-error>{{
                                  item.controls.quiz.controls.maxAttempts.errors | controlMessage
                                }}</mat-error>
                              </mat-form-field>
                              <mat-form-field>
                                <mat-label>{{ 'learning.editor.timeLimit' | t }}</mat-label>
                                <input matInput type="number" formControlName="timeLimitMinutes" min="1" />
                                <mat-error>{{
                                  item.controls.quiz.controls.timeLimitMinutes.errors | controlMessage
                                }}</mat-error>
                              </mat-form-field>
                            </div>
                            <ol formArrayName="questions" class="questions">
                              @for (
                                q of item.controls.quiz.controls.questions.controls;
                                track q;
                                let qi = $index
                              ) {
                                <li
                                  [formGroupName]="qi"
                                  class="question"
                                  [attr.data-testid]="'question-' + qi"
                                >
                                  <div class="head">
                                    <mat-form-field class="narrow">
                                      <mat-label>{{ 'learning.editor.questionKind' | t }}</mat-label>
                                      <mat-select formControlName="kind" (selectionChange)="kindChanged(q)">
                                        @for (k of questionKinds; track k) {
                                          <mat-option [value]="k">{{
                                            'learning.editor.questionKind.' + k | t
                                          }}</mat-option>
                                        }
                                      </mat-select>
                                    </mat-form-field>
                                    <button
                                      mat-icon-button
                                      type="button"
                                      (click)="item.controls.quiz.controls.questions.removeAt(qi)"
                                      [attr.aria-label]="'learning.editor.removeQuestion' | t"
                                    >
                                      <mat-icon>delete</mat-icon>
                                    </button>
                                  </div>
                                  <div class="grid" formGroupName="prompt">
                                    <mat-form-field>
                                      <mat-label>{{ 'learning.editor.promptEn' | t }}</mat-label>
                                      <input matInput formControlName="en" />
                                      <mat-error>{{
                                        q.controls.prompt.controls.en.errors | controlMessage
                                      }}</mat-error>
                                    </mat-form-field>
                                    <mat-form-field>
                                      <mat-label>{{ 'learning.editor.promptZh' | t }}</mat-label>
                                      <input matInput formControlName="zh" />
                                      <mat-error>{{
                                        q.controls.prompt.controls.zh.errors | controlMessage
                                      }}</mat-error>
                                    </mat-form-field>
                                  </div>
                                  <div formArrayName="options" class="options">
                                    @for (o of q.controls.options.controls; track o; let oi = $index) {
                                      <div class="row" [formGroupName]="oi">
                                        <mat-checkbox
                                          formControlName="correct"
                                          [attr.aria-label]="'learning.editor.correct' | t"
                                          >{{ 'learning.editor.correct' | t }}</mat-checkbox
                                        >
                                        <ng-container formGroupName="text">
                                          <mat-form-field class="grow">
                                            <mat-label>{{
                                              'learning.editor.optionEn' | t: { n: oi + 1 }
                                            }}</mat-label>
                                            <input
                                              matInput
                                              formControlName="en"
                                              [readonly]="q.controls.kind.value === 'true-false'"
                                            />
                                          </mat-form-field>
                                          <mat-form-field class="grow">
                                            <mat-label>{{
                                              'learning.editor.optionZh' | t: { n: oi + 1 }
                                            }}</mat-label>
                                            <input
                                              matInput
                                              formControlName="zh"
                                              [readonly]="q.controls.kind.value === 'true-false'"
                                            />
                                          </mat-form-field>
                                        </ng-container>
                                        @if (q.controls.kind.value !== 'true-false') {
                                          <button
                                            mat-icon-button
                                            type="button"
                                            [disabled]="q.controls.options.length <= 2"
                                            (click)="q.controls.options.removeAt(oi)"
                                            [attr.aria-label]="'learning.editor.removeOption' | t"
                                          >
                                            <mat-icon>close</mat-icon>
                                          </button>
                                        }
                                      </div>
                                    }
                                    @if (q.controls.options.errors?.['server']; as e) {
                                      <p class="error" role="alert">{{ e }}</p>
                                    }
                                    @if (q.controls.kind.value !== 'true-false') {
                                      <button
                                        mat-button
                                        type="button"
                                        (click)="q.controls.options.push(newOption())"
                                      >
                                        <mat-icon>add</mat-icon>{{ 'learning.editor.addOption' | t }}
                                      </button>
                                    }
                                  </div>
                                  <div class="grid" formGroupName="feedback">
                                    <mat-form-field>
                                      <mat-label>{{ 'learning.editor.feedbackEn' | t }}</mat-label>
                                      <input matInput formControlName="en" />
                                      <mat-error>{{
                                        q.controls.feedback.controls.en.errors | controlMessage
                                      }}</mat-error>
                                    </mat-form-field>
                                    <mat-form-field>
                                      <mat-label>{{ 'learning.editor.feedbackZh' | t }}</mat-label>
                                      <input matInput formControlName="zh" />
                                      <mat-error>{{
                                        q.controls.feedback.controls.zh.errors | controlMessage
                                      }}</mat-error>
                                    </mat-form-field>
                                  </div>
                                </li>
                              }
                            </ol>
                            @if (item.controls.quiz.errors?.['server']; as e) {
                              <p class="error" role="alert">{{ e }}</p>
                            }
                            <button
                              mat-stroked-button
                              type="button"
                              (click)="item.controls.quiz.controls.questions.push(newQuestion())"
                              data-testid="add-question"
                            >
                              <mat-icon>add</mat-icon>{{ 'learning.editor.addQuestion' | t }}
                            </button>
                          </ng-container>
                        }
                        @case ('pdf') {
                          <cadre-learning-file-field
                            [control]="item.controls.fileId"
                            accept=".pdf,application/pdf"
                            [hint]="'learning.editor.pdfHint' | t"
                            testId="item-file"
                          />
                        }
                        @default {
                          <mat-form-field class="full">
                            <mat-label>{{ 'learning.editor.url' | t }}</mat-label>
                            <input matInput type="url" formControlName="url" placeholder="https://" />
                            <mat-error>{{ item.controls.url.errors | controlMessage }}</mat-error>
                          </mat-form-field>
                        }
                      }
                    </li>
                  }
                </ol>
                <button
                  mat-button
                  type="button"
                  (click)="m.controls.items.push(newItem())"
                  [attr.data-testid]="'add-item-' + mi"
                >
                  <mat-icon>add</mat-icon>{{ 'learning.editor.addItem' | t }}
                </button>
              </section>
            }
          </div>
          <button mat-stroked-button type="button" (click)="form().controls.modules.push(newModule())">
            <mat-icon>add</mat-icon>{{ 'learning.editor.addModule' | t }}
          </button>

          <div class="actions">
            @if (submission.error()) {
              <p class="error" role="alert" data-testid="editor-error">{{ submission.error() }}</p>
            }
            <button mat-button type="button" (click)="preview()" data-testid="preview-course">
              <mat-icon>visibility</mat-icon>{{ 'learning.preview.open' | t }}
            </button>
            <button mat-stroked-button type="submit" [disabled]="submission.busy()" data-testid="save-draft">
              {{ 'learning.editor.saveDraft' | t }}
            </button>
            <button
              mat-flat-button
              type="button"
              [disabled]="submission.busy()"
              (click)="save(true)"
              data-testid="publish"
            >
              {{ 'learning.editor.publish' | t }}
            </button>
          </div>
        </form>
      }
    </div>
  `,
  styles: `
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin-bottom: 16px;
      h2 {
        font: var(--mat-sys-title-medium);
        margin: 4px 0 12px;
      }
      h3 {
        font: var(--mat-sys-title-small);
        margin: 12px 0 4px;
      }
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr));
      gap: 0 12px;
    }
    .grid.four {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 150px), 1fr));
    }
    .wide,
    .full {
      grid-column: 1 / -1;
      width: 100%;
    }
    .inline {
      display: flex;
      gap: 12px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .rows,
    .options {
      display: grid;
      gap: 4px;
    }
    .row {
      display: flex;
      gap: 8px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .grow {
      flex: 1 1 200px;
    }
    .narrow {
      width: 180px;
    }
    .head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
    }
    .items,
    .questions {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 12px;
    }
    .item,
    .question {
      border-left: 3px solid var(--mat-sys-outline-variant);
      padding-left: 12px;
    }
    .question {
      border-color: var(--mat-sys-primary);
    }
    .actions {
      position: sticky;
      bottom: 0;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      align-items: center;
      gap: 8px;
      padding: 12px 0;
      background: var(--mat-sys-surface);
      border-top: 1px solid var(--mat-sys-outline-variant);
      margin-top: 16px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 4px 0;
    }
    .actions .error {
      flex: 1 1 100%;
    }
  `,
})
export class CourseEditorPageComponent {
  private readonly api = inject(LearningApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly dialog = inject(MatDialog);
  protected readonly choices = inject(CompetencyChoices);

  /** The course to edit (route parameter); absent for a new course. */
  readonly courseId = input<string | undefined>(undefined);

  protected readonly categories = COURSE_CATEGORIES;
  protected readonly itemKinds = COURSE_ITEM_KINDS;
  protected readonly questionKinds = QUESTION_KINDS;
  protected readonly move = move;

  protected readonly existing = rxResource({
    params: () => this.courseId(),
    stream: ({ params }) => this.api.courseForEditing(params),
  });
  private readonly loaded = signal<CourseDto | null>(null);
  protected readonly form = computed<CourseForm>(() => {
    const course = this.existing.hasValue() ? this.existing.value() : this.loaded();
    return courseForm(course ?? undefined);
  });
  protected readonly status = computed(() =>
    this.existing.hasValue() ? this.existing.value().latest.status : null,
  );
  protected readonly version = computed(() =>
    this.existing.hasValue() ? this.existing.value().latest.version : 0,
  );
  protected readonly submission = formSubmission(() => this.form());

  constructor() {
    effect(() => {
      if (!this.courseId()) return;
      // Code and category belong to the course, not the version: fixed once it exists.
      this.form().controls.code.disable({ emitEvent: false });
      this.form().controls.category.disable({ emitEvent: false });
    });
  }

  protected newModule = () => moduleForm();
  protected newItem = () => itemForm();
  protected newQuestion = () => questionForm();
  protected newOption = () => optionForm();

  protected addCompetency(): void {
    this.form().controls.competencies.push(
      new FormGroup({
        competencyId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
        level: new FormControl(3, {
          nonNullable: true,
          validators: [Validators.required, Validators.min(1), Validators.max(5)],
        }),
      }),
    );
  }

  /** True/false questions have exactly the two options, worded for the learner. */
  protected kindChanged(question: QuestionForm): void {
    if (question.controls.kind.value !== 'true-false') return;
    const correctIsTrue = question.controls.options.at(0)?.controls.correct.value ?? true;
    question.setControl(
      'options',
      new FormArray([
        optionForm({ id: '', text: { en: 'True', zh: '正确' }, correct: correctIsTrue }),
        optionForm({ id: '', text: { en: 'False', zh: '错误' }, correct: !correctIsTrue }),
      ]),
    );
  }

  /** The form as it stands, shown as a learner will meet it; nothing is saved. */
  protected preview(): void {
    const raw = this.form().getRawValue();
    const data: CoursePreview = {
      title: raw.title,
      summary: raw.summary,
      modules: raw.modules.map((m) => ({
        title: m.title,
        items: m.items.map((i) => ({
          kind: i.kind,
          title: i.title,
          body: i.body,
          url: i.url || null,
          file: i.fileId,
          estimatedMinutes: i.estimatedMinutes,
          quiz:
            i.kind === 'quiz'
              ? {
                  ...i.quiz,
                  questions: i.quiz.questions.map((q) => ({
                    ...q,
                    options: q.options.map(({ id, text }) => ({ id, text })),
                  })),
                }
              : null,
        })),
      })),
    };
    this.dialog.open(CoursePreviewDialogComponent, {
      data,
      width: '960px',
      maxWidth: '96vw',
      autoFocus: 'dialog',
    });
  }

  protected async save(publish: boolean): Promise<void> {
    const form = this.form();
    form.markAllAsTouched();
    if (form.invalid) {
      this.submission.error.set(this.i18n.t('learning.editor.fixFields'));
      return;
    }
    await this.submission.run(async () => {
      const content = toCourseContent(form);
      const id = this.courseId();
      const { code, category } = form.getRawValue();
      let course = id
        ? await firstValueFrom(this.api.saveDraft(id, content))
        : await firstValueFrom(this.api.createCourse({ ...content, code, category }));
      if (publish) course = await firstValueFrom(this.api.publish(course.id));
      this.notifier.success(publish ? 'learning.editor.published' : 'learning.editor.saved', {
        title: this.i18n.pick(course.latest.title),
        version: course.latest.version,
      });
      this.loaded.set(course);
      if (!id) await this.router.navigate(['/learning/courses', course.id], { replaceUrl: true });
      else this.existing.reload();
    });
  }
}
