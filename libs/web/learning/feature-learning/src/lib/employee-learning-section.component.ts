import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { CurriculumProgressDto, CurriculumStepDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission, Notifier, SessionStore } from '@cadre/web/core';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { EmptyStateComponent } from '@cadre/web/ui';
import { learningTranslations } from '../i18n/learning.translations';

/**
 * The person page's learning section: their learning path with the tasks their manager
 * signs off, their courses (overdue first) and certifications; a manager or HR assigns a
 * course with a due date, or a learning path from a start date, from here.
 */
@Component({
  selector: 'cadre-employee-learning-section',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    ControlMessagePipe,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="person-learning">
      <mat-card-header>
        <mat-card-title>{{ 'learning.person.title' | t }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (learning.hasValue()) {
          @let l = learning.value();
          @for (path of l.curricula; track path.assignmentId) {
            <h3 class="sub-title">
              {{ path.title | bilingual }}
              <span class="muted"
                >· {{ 'learning.path.progress' | t: { done: path.stepsDone, total: path.stepsTotal } }}</span
              >
            </h3>
            <ul class="plain">
              @for (step of path.steps; track step.itemId) {
                <li [class]="'step-' + step.status">
                  <span>{{ step.title | bilingual }}</span>
                  <span class="muted small">
                    @if (step.status === 'done') {
                      {{
                        (step.signedOffAt ? 'learning.path.signedOff' : 'learning.status.completed')
                          | t: { name: step.signedOffBy ?? '', date: (step.signedOffAt | localDate) }
                      }}
                    } @else {
                      {{ 'learning.person.step.' + step.status | t }} ·
                      {{ 'learning.due' | t: { date: (step.dueDate | localDate) } }}
                    }
                  </span>
                  @if (canSignOff(step)) {
                    <button
                      mat-stroked-button
                      type="button"
                      [disabled]="signing() === step.itemId"
                      (click)="signOff(path, step)"
                      [attr.data-testid]="'sign-off-' + step.itemId"
                    >
                      {{ 'learning.person.signOff' | t }}
                    </button>
                  }
                </li>
              }
            </ul>
          }
          <h3 class="sub-title">{{ 'learning.courses' | t }}</h3>
          @if (l.enrolments.length === 0) {
            <cadre-empty-state icon="school" [title]="'learning.person.noCourses' | t" />
          } @else {
            <ul class="plain" data-testid="person-enrolments">
              @for (e of l.enrolments; track e.id) {
                <li>
                  <span>{{ e.title | bilingual }}</span>
                  <span class="muted small" [class.overdue]="e.status === 'overdue'">
                    {{ 'learning.status.' + e.status | t }} ·
                    {{ 'learning.progress' | t: { done: e.itemsDone, total: e.itemsTotal } }}
                    @if (e.dueDate && !e.completedAt) {
                      · {{ 'learning.due' | t: { date: (e.dueDate | localDate) } }}
                    }
                  </span>
                </li>
              }
            </ul>
          }
          @if (l.certifications.length) {
            <h3 class="sub-title">{{ 'learning.certifications' | t }}</h3>
            <ul class="plain">
              @for (c of l.certifications; track c.id) {
                <li>
                  <span>{{ c.title | bilingual }} ({{ c.code }})</span>
                  <span class="muted small">
                    {{
                      (c.expired
                        ? 'learning.expired'
                        : c.expiresAt
                          ? 'learning.validUntil'
                          : 'learning.noExpiry'
                      ) | t: { date: (c.expiresAt | localDate) }
                    }}
                  </span>
                </li>
              }
            </ul>
          }
          @if (canAssign()) {
            <form
              class="assign"
              [formGroup]="assignForm"
              (ngSubmit)="assign()"
              novalidate
              data-testid="assign-course"
            >
              <mat-form-field>
                <mat-label>{{ 'learning.person.course' | t }}</mat-label>
                <mat-select formControlName="courseId" required>
                  @for (c of catalogue.value() ?? []; track c.courseId) {
                    <mat-option [value]="c.courseId">{{ c.title | bilingual }}</mat-option>
                  }
                </mat-select>
                <mat-error>{{ assignForm.controls.courseId.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'learning.person.dueDate' | t }}</mat-label>
                <input matInput type="date" formControlName="dueDate" />
                <mat-error>{{ assignForm.controls.dueDate.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <button mat-flat-button type="submit" [disabled]="submission.busy()">
                {{ 'learning.person.assign' | t }}
              </button>
              @if (submission.error()) {
                <p class="error" role="alert">{{ submission.error() }}</p>
              }
            </form>
            @if (paths.value()?.length) {
              <form
                class="assign"
                [formGroup]="pathForm"
                (ngSubmit)="assignPath()"
                novalidate
                data-testid="assign-path"
              >
                <mat-form-field>
                  <mat-label>{{ 'learning.person.path' | t }}</mat-label>
                  <mat-select formControlName="roleProfileId" required data-testid="assign-path-select">
                    @for (p of paths.value() ?? []; track p.id) {
                      <mat-option [value]="p.roleProfileId">{{ p.title | bilingual }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ pathForm.controls.roleProfileId.errors | controlMessage }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'learning.person.startDate' | t }}</mat-label>
                  <input
                    matInput
                    type="date"
                    formControlName="startDate"
                    required
                    data-testid="assign-path-start"
                  />
                  <mat-error>{{ pathForm.controls.startDate.errors | controlMessage }}</mat-error>
                </mat-form-field>
                <button
                  mat-flat-button
                  type="submit"
                  [disabled]="pathSubmission.busy()"
                  data-testid="assign-path-submit"
                >
                  {{ 'learning.person.assignPath' | t }}
                </button>
                @if (pathSubmission.error()) {
                  <p class="error" role="alert">{{ pathSubmission.error() }}</p>
                }
              </form>
            }
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .sub-title {
      font: var(--mat-sys-title-small);
      margin: 12px 0 8px;
    }
    .plain {
      list-style: none;
      margin: 0;
      padding: 0;
      li {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        align-items: center;
        justify-content: space-between;
        padding: 6px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .small {
      font-size: 0.85rem;
    }
    .overdue,
    .step-overdue .small,
    .error {
      color: var(--mat-sys-error);
    }
    .assign {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: baseline;
      margin-top: 16px;
      mat-form-field {
        flex: 1 1 200px;
      }
    }
  `,
})
export class EmployeeLearningSectionComponent {
  private readonly api = inject(LearningApi);
  private readonly session = inject(SessionStore);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly employeeId = input.required<string>();

  protected readonly learning = rxResource({
    params: () => this.employeeId(),
    stream: ({ params }) => this.api.ofEmployee(params),
  });
  /** Someone else's manager, or HR: they assign and sign off. */
  protected readonly canAssign = computed(
    () =>
      this.session.hasPermission('learning:assign') && this.session.user()?.employeeId !== this.employeeId(),
  );
  protected readonly catalogue = rxResource({
    params: () => (this.canAssign() ? true : undefined),
    stream: () => this.api.catalogue(),
  });
  protected readonly signing = signal<string | null>(null);
  protected readonly assignForm = new FormGroup({
    courseId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    dueDate: new FormControl('', { nonNullable: true }),
  });
  protected readonly submission = formSubmission(() => this.assignForm);
  /** The learning paths there are, to put someone on one (a transfer, a late start). */
  protected readonly paths = rxResource({
    params: () => (this.canAssign() ? true : undefined),
    stream: () => this.api.curricula(),
  });
  protected readonly pathForm = new FormGroup({
    roleProfileId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    startDate: new FormControl(new Date().toISOString().slice(0, 10), {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly pathSubmission = formSubmission(() => this.pathForm);

  constructor() {
    inject(I18n).register(learningTranslations);
  }

  protected canSignOff(step: CurriculumStepDto): boolean {
    return (
      this.canAssign() &&
      step.kind === 'task' &&
      (step.status === 'awaiting-sign-off' || step.status === 'overdue')
    );
  }

  protected async signOff(path: CurriculumProgressDto, step: CurriculumStepDto): Promise<void> {
    this.signing.set(step.itemId);
    try {
      await firstValueFrom(this.api.signOff(path.assignmentId, step.itemId));
      this.notifier.success('learning.person.signedOff', { task: this.i18n.pick(step.title) });
      this.learning.reload();
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.signing.set(null);
    }
  }

  protected async assignPath(): Promise<void> {
    this.pathForm.markAllAsTouched();
    if (this.pathForm.invalid) return;
    const { roleProfileId, startDate } = this.pathForm.getRawValue();
    await this.pathSubmission.run(async () => {
      const path = await firstValueFrom(
        this.api.assignCurriculum({ employeeId: this.employeeId(), roleProfileId, startDate }),
      );
      this.notifier.success('learning.person.pathAssigned', { title: this.i18n.pick(path.title) });
      this.learning.reload();
    });
  }

  protected async assign(): Promise<void> {
    this.assignForm.markAllAsTouched();
    if (this.assignForm.invalid) return;
    const { courseId, dueDate } = this.assignForm.getRawValue();
    await this.submission.run(async () => {
      const enrolment = await firstValueFrom(
        this.api.enrol({ courseId, employeeId: this.employeeId(), ...(dueDate ? { dueDate } : {}) }),
      );
      this.notifier.success('learning.person.assigned', { title: this.i18n.pick(enrolment.title) });
      this.assignForm.reset();
      this.learning.reload();
    });
  }
}
