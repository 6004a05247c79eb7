import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { PairingDetailDto } from '@cadre/shared/contracts';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

/** A goal for the pair, usually one of the mentee's open development needs, with a date. */
@Component({
  selector: 'cadre-goal-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'mentoring.goal.add' | t"
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="goal-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'mentoring.goal.competency' | t }}</mat-label>
          <mat-select
            formControlName="competencyId"
            data-testid="goal-competency"
            (selectionChange)="suggestTitle()"
          >
            <mat-option [value]="null">{{ 'mentoring.goal.noCompetency' | t }}</mat-option>
            @for (n of pairing.needs; track n.competencyId) {
              <mat-option [value]="n.competencyId">
                {{ n.name | bilingual }} ({{ +n.currentLevel }} → {{ n.targetLevel }})
              </mat-option>
            }
          </mat-select>
          @if (!pairing.needs.length) {
            <mat-hint>{{ 'mentoring.goal.noNeeds' | t }}</mat-hint>
          }
        </mat-form-field>
        @if (coursesForNeed().length) {
          <mat-form-field>
            <mat-label>{{ 'mentoring.goal.course' | t }}</mat-label>
            <mat-select formControlName="courseId" data-testid="goal-course">
              <mat-option [value]="null">{{ 'mentoring.goal.noCourse' | t }}</mat-option>
              @for (c of coursesForNeed(); track c.id) {
                <mat-option [value]="c.id">{{ c.code }} · {{ c.title | bilingual }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'mentoring.goal.courseHint' | t }}</mat-hint>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'mentoring.goal.title' | t }}</mat-label>
          <input matInput formControlName="title" required data-testid="goal-title" />
          <mat-error>{{ form.controls.title.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'mentoring.goal.targetDate' | t }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="targetDate"
            [min]="today"
            required
            data-testid="goal-date"
          />
          <mat-error>
            @if (form.controls.targetDate.errors?.['past']) {
              {{ 'mentoring.goal.pastDate' | t }}
            } @else {
              {{ form.controls.targetDate.errors | controlMessage }}
            }
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(420px, 80vw);
    }
  `,
})
export class GoalDialogComponent {
  protected readonly pairing = inject<PairingDetailDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<GoalDialogComponent, PairingDetailDto>);
  private readonly api = inject(MentorshipApi);
  private readonly i18n = inject(I18n);
  protected readonly today = todayIso();

  protected readonly form = new FormGroup({
    competencyId: new FormControl<string | null>(this.pairing.needs[0]?.competencyId ?? null),
    courseId: new FormControl<string | null>(null),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(300)],
    }),
    targetDate: new FormControl(addDaysIso(this.today, 60), {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  private readonly competency = toSignal(this.form.controls.competencyId.valueChanges, {
    initialValue: this.form.controls.competencyId.value,
  });
  /** The courses that develop the chosen need (all of them when no need is chosen). */
  protected readonly coursesForNeed = computed(() => {
    const competencyId = this.competency();
    return this.pairing.courses.filter((c) => !competencyId || c.competencyId === competencyId);
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  constructor() {
    this.suggestTitle();
  }

  /** A need chosen names the goal, unless a title was typed. */
  protected suggestTitle(): void {
    this.form.controls.courseId.setValue(null);
    const need = this.pairing.needs.find((n) => n.competencyId === this.form.controls.competencyId.value);
    if (need && !this.form.controls.title.dirty)
      this.form.controls.title.setValue(
        this.i18n.t('mentoring.goal.defaultTitle', {
          competency: this.i18n.pick(need.name),
          level: need.targetLevel,
        }),
      );
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const date = this.form.controls.targetDate;
    if (date.value && date.value < this.today) date.setErrors({ ...date.errors, past: true });
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          this.api.addGoal(this.pairing.id, {
            title: value.title.trim(),
            competencyId: value.competencyId,
            courseId: value.courseId,
            targetDate: value.targetDate,
          }),
        ),
      );
    });
  }
}
