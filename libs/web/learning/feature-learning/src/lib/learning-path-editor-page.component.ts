import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDragHandle, CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { CURRICULUM_ITEM_KINDS } from '@cadre/shared/contracts';
import { ControlMessagePipe, ErrorTextPipe, formSubmission, Notifier } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { RoleProfileChoices } from '@cadre/web/talent/widgets';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import {
  learningPathForm,
  moveStep,
  stepForm,
  toCurriculumRequest,
  type LearningPathForm,
} from './learning-path-form';

const STEP_ICONS = {
  course: 'school',
  task: 'assignment_ind',
  resource: 'menu_book',
  mentor: 'diversity_3',
} as const;

/**
 * HR edits a role profile's learning path: its title, the sequential lock, and the steps
 * (a course, a task the manager signs off, a library resource to read), each with a due
 * offset from the start date and required or optional. Steps reorder by dragging their
 * handle, by the arrow buttons, or with Alt+↑/↓ on the handle; the move is announced.
 */
@Component({
  selector: 'cadre-learning-path-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  providers: [RoleProfileChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header
        [title]="'learning.paths.editTitle' | t: { profile: (profileName() | bilingual) }"
        [subtitle]="'learning.paths.editSubtitle' | t"
      />
      @if (loading()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (curricula.error()) {
        <cadre-error-state
          [message]="curricula.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="curricula.reload()"
        />
      } @else {
        @let f = form();
        <form [formGroup]="f" (ngSubmit)="save()" novalidate>
          <div class="row" formGroupName="title">
            <mat-form-field>
              <mat-label>{{ 'learning.paths.titleEn' | t }}</mat-label>
              <input matInput formControlName="en" data-testid="path-title-en" />
              <mat-error>{{ f.controls.title.controls.en.errors | controlMessage }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'learning.paths.titleZh' | t }}</mat-label>
              <input matInput formControlName="zh" data-testid="path-title-zh" />
              <mat-error>{{ f.controls.title.controls.zh.errors | controlMessage }}</mat-error>
            </mat-form-field>
          </div>
          <mat-checkbox formControlName="sequential">{{ 'learning.paths.sequentialLabel' | t }}</mat-checkbox>

          <h2 class="section">{{ 'learning.paths.stepsHeading' | t }}</h2>
          <p class="muted small" id="reorder-hint">{{ 'learning.paths.reorderHint' | t }}</p>
          @if (f.controls.items.length === 0) {
            <p class="muted">{{ 'learning.paths.noSteps' | t }}</p>
          }
          <ol
            class="steps"
            cdkDropList
            (cdkDropListDropped)="dropped($event)"
            formArrayName="items"
            data-testid="path-steps"
          >
            @for (step of f.controls.items.controls; track step; let i = $index) {
              <li class="step" cdkDrag [cdkDragData]="i" [formGroupName]="i" [attr.data-testid]="'step-' + i">
                <div class="step-head">
                  <button
                    mat-icon-button
                    type="button"
                    cdkDragHandle
                    class="handle"
                    [attr.aria-label]="
                      'learning.paths.handle' | t: { n: i + 1, total: f.controls.items.length }
                    "
                    aria-describedby="reorder-hint"
                    (keydown)="keyMove($event, i)"
                    [attr.data-testid]="'handle-' + i"
                  >
                    <mat-icon>drag_indicator</mat-icon>
                  </button>
                  <mat-icon aria-hidden="true">{{ icon(step.controls.kind.value) }}</mat-icon>
                  <strong class="n">{{ i + 1 }}</strong>
                  <mat-form-field class="kind">
                    <mat-label>{{ 'learning.paths.kind' | t }}</mat-label>
                    <mat-select formControlName="kind" [attr.data-testid]="'step-kind-' + i">
                      @for (k of kinds; track k) {
                        <mat-option [value]="k">{{ 'learning.paths.kind.' + k | t }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  <span class="spacer"></span>
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="i === 0"
                    (click)="moveTo(i, i - 1)"
                    [attr.aria-label]="'learning.paths.moveUp' | t: { n: i + 1 }"
                  >
                    <mat-icon>arrow_upward</mat-icon>
                  </button>
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="i === f.controls.items.length - 1"
                    (click)="moveTo(i, i + 1)"
                    [attr.aria-label]="'learning.paths.moveDown' | t: { n: i + 1 }"
                  >
                    <mat-icon>arrow_downward</mat-icon>
                  </button>
                  <button
                    mat-icon-button
                    type="button"
                    (click)="remove(i)"
                    [attr.aria-label]="'learning.paths.remove' | t: { n: i + 1 }"
                    [attr.data-testid]="'remove-step-' + i"
                  >
                    <mat-icon>delete</mat-icon>
                  </button>
                </div>
                <div class="row">
                  @switch (step.controls.kind.value) {
                    @case ('course') {
                      <mat-form-field class="grow">
                        <mat-label>{{ 'learning.paths.course' | t }}</mat-label>
                        <mat-select formControlName="courseId" [attr.data-testid]="'step-course-' + i">
                          @for (c of courses(); track c.courseId) {
                            <mat-option [value]="c.courseId"
                              >{{ c.code }} · {{ c.title | bilingual }}</mat-option
                            >
                          }
                        </mat-select>
                        <mat-error>{{ step.controls.courseId.errors | controlMessage }}</mat-error>
                      </mat-form-field>
                    }
                    @case ('resource') {
                      <mat-form-field class="grow">
                        <mat-label>{{ 'learning.paths.resource' | t }}</mat-label>
                        <mat-select formControlName="resourceId" [attr.data-testid]="'step-resource-' + i">
                          @for (r of resources(); track r.id) {
                            <mat-option [value]="r.id">{{ r.current.title | bilingual }}</mat-option>
                          }
                        </mat-select>
                        <mat-error>{{ step.controls.resourceId.errors | controlMessage }}</mat-error>
                      </mat-form-field>
                    }
                    @default {
                      <ng-container formGroupName="taskTitle">
                        <mat-form-field class="grow">
                          <mat-label>{{ 'learning.paths.taskEn' | t }}</mat-label>
                          <input matInput formControlName="en" [attr.data-testid]="'step-task-en-' + i" />
                          <mat-error>{{
                            step.controls.taskTitle.controls.en.errors | controlMessage
                          }}</mat-error>
                        </mat-form-field>
                        <mat-form-field class="grow">
                          <mat-label>{{ 'learning.paths.taskZh' | t }}</mat-label>
                          <input matInput formControlName="zh" [attr.data-testid]="'step-task-zh-' + i" />
                          <mat-error>{{
                            step.controls.taskTitle.controls.zh.errors | controlMessage
                          }}</mat-error>
                        </mat-form-field>
                      </ng-container>
                    }
                  }
                  @if (step.controls.taskTitle.errors?.['server']; as e) {
                    <p class="error" role="alert">{{ e }}</p>
                  }
                </div>
                <div class="row">
                  <mat-form-field class="days">
                    <mat-label>{{ 'learning.paths.dueOffset' | t }}</mat-label>
                    <input
                      matInput
                      type="number"
                      min="0"
                      max="730"
                      formControlName="dueOffsetDays"
                      [attr.data-testid]="'step-due-' + i"
                    />
                    <mat-error>{{ step.controls.dueOffsetDays.errors | controlMessage }}</mat-error>
                  </mat-form-field>
                  <mat-checkbox formControlName="required">{{ 'learning.paths.required' | t }}</mat-checkbox>
                </div>
              </li>
            }
          </ol>
          <button mat-stroked-button type="button" (click)="addStep()" data-testid="add-step">
            <mat-icon>add</mat-icon>{{ 'learning.paths.addStep' | t }}
          </button>
          <div class="actions">
            @if (submission.error()) {
              <p class="error" role="alert" data-testid="path-error">{{ submission.error() }}</p>
            }
            <a mat-button routerLink=".." data-testid="path-cancel">{{ 'common.cancel' | t }}</a>
            <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="path-save">
              {{ 'common.save' | t }}
            </button>
          </div>
        </form>
      }
    </div>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      align-items: center;
      > mat-form-field {
        flex: 1 1 220px;
        min-width: 0;
      }
      > .days {
        flex: 0 1 200px;
      }
    }
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 4px;
    }
    .steps {
      list-style: none;
      padding: 0;
      margin: 8px 0 16px;
      display: grid;
      gap: 12px;
    }
    .step {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
      background: var(--mat-sys-surface);
    }
    .step-head {
      display: flex;
      align-items: center;
      gap: 4px;
      flex-wrap: wrap;
      .kind {
        flex: 0 1 220px;
        min-width: 140px;
      }
      .spacer {
        flex: 1 1 auto;
      }
    }
    .handle {
      cursor: grab;
    }
    /* On a phone the step's tools stay on one line and its kind takes the next. */
    @media (max-width: 599px) {
      .step-head .kind {
        order: 1;
        flex: 1 1 100%;
      }
    }
    .cdk-drag-preview {
      box-shadow: var(--mat-sys-level3);
    }
    .cdk-drag-placeholder {
      opacity: 0.3;
    }
    .cdk-drop-list-dragging .step:not(.cdk-drag-placeholder) {
      transition: transform 200ms ease;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 16px;
      .error {
        flex: 1 1 100%;
      }
    }
    .error {
      color: var(--mat-sys-error);
      margin: 4px 0;
    }
  `,
})
export class LearningPathEditorPageComponent {
  private readonly api = inject(LearningApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly profiles = inject(RoleProfileChoices);

  /** The role profile whose path this is (route parameter). */
  readonly roleProfileId = input.required<string>();

  protected readonly kinds = CURRICULUM_ITEM_KINDS;
  protected readonly curricula = rxResource({ stream: () => this.api.curricula() });
  private readonly catalogue = rxResource({ stream: () => this.api.catalogue() });
  private readonly library = rxResource({ stream: () => this.api.library({}) });
  protected readonly courses = computed(() => (this.catalogue.hasValue() ? this.catalogue.value() : []));
  protected readonly resources = computed(() => (this.library.hasValue() ? this.library.value() : []));
  protected readonly loading = computed(() => this.curricula.isLoading() && !this.curricula.hasValue());
  protected readonly profileName = computed(
    () => this.profiles.profiles().find((p) => p.id === this.roleProfileId())?.current.name ?? null,
  );
  private readonly saved = computed(() =>
    this.curricula.hasValue()
      ? (this.curricula.value().find((c) => c.roleProfileId === this.roleProfileId()) ?? null)
      : null,
  );
  protected readonly form = signal<LearningPathForm>(learningPathForm());
  protected readonly submission = formSubmission(() => this.form());

  constructor() {
    // A fresh form from what is saved, each time it loads (and after a save).
    effect(() => {
      if (this.curricula.hasValue()) this.form.set(learningPathForm(this.saved()));
    });
  }

  protected icon(kind: keyof typeof STEP_ICONS): string {
    return STEP_ICONS[kind];
  }

  protected addStep(): void {
    this.form().controls.items.push(stepForm());
    this.form().markAsDirty();
  }

  protected remove(index: number): void {
    this.form().controls.items.removeAt(index);
    this.form().markAsDirty();
    void this.announcer.announce(this.i18n.t('learning.paths.removed', { n: index + 1 }));
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    this.moveTo(event.previousIndex, event.currentIndex, false);
  }

  /** Alt+↑ / Alt+↓ on a step's handle moves it, and the focus stays on its handle. */
  protected keyMove(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.moveTo(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  }

  protected moveTo(from: number, to: number, refocus = true): void {
    const items = this.form().controls.items;
    if (!moveStep(items, from, to)) return;
    void this.announcer.announce(this.i18n.t('learning.paths.moved', { n: to + 1, total: items.length }));
    if (refocus)
      // After the list has re-rendered: the moved step's handle, so the keys keep working.
      setTimeout(() => document.querySelector<HTMLElement>(`[data-testid="handle-${to}"]`)?.focus());
  }

  protected async save(): Promise<void> {
    const form = this.form();
    form.markAllAsTouched();
    if (form.invalid) {
      this.submission.error.set(this.i18n.t('learning.editor.fixFields'));
      return;
    }
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.api.saveCurriculum(this.roleProfileId(), toCurriculumRequest(form)),
      );
      this.notifier.success('learning.paths.saved', { title: this.i18n.pick(saved.title) });
      await this.router.navigate(['/learning/paths']);
    });
  }
}
