import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import type { PairingDetailDto } from '@cadre/shared/contracts';
import { todayIso } from '@cadre/shared/util';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

/**
 * Log a check-in in under a minute: the day (today), what both read, private notes, each
 * goal's progress (as it stood), the next date (the cadence's unless changed).
 */
@Component({
  selector: 'cadre-check-in-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'mentoring.checkIn.title' | t: { name: other }"
      [submitLabel]="'mentoring.checkIn.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="check-in-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'mentoring.checkIn.heldOn' | t }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="heldOn"
            [max]="today"
            required
            data-testid="check-in-date"
          />
          <mat-error>
            @if (form.controls.heldOn.errors?.['future']) {
              {{ 'mentoring.checkIn.futureDate' | t }}
            } @else {
              {{ form.controls.heldOn.errors | controlMessage }}
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'mentoring.checkIn.shared' | t }}</mat-label>
          <textarea
            matInput
            formControlName="sharedNotes"
            rows="3"
            data-testid="check-in-shared"
            cdkFocusInitial
          ></textarea>
          <mat-hint>{{ 'mentoring.checkIn.sharedHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.sharedNotes.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'mentoring.checkIn.private' | t }}</mat-label>
          <textarea
            matInput
            formControlName="privateNotes"
            rows="2"
            data-testid="check-in-private"
          ></textarea>
          <mat-hint>{{ 'mentoring.checkIn.privateHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.privateNotes.errors | controlMessage }}</mat-error>
        </mat-form-field>
        @if (pairing.goals.length) {
          <fieldset formArrayName="goals">
            <legend>{{ 'mentoring.checkIn.goals' | t }}</legend>
            @for (g of pairing.goals; track g.id; let i = $index) {
              <div class="goal-name" [id]="'goal-name-' + i">{{ g.title }}</div>
              <mat-form-field [formGroupName]="i">
                <mat-label>{{ 'mentoring.checkIn.progress' | t }}</mat-label>
                <input
                  [attr.aria-describedby]="'goal-name-' + i"
                  matInput
                  type="number"
                  min="0"
                  max="100"
                  step="5"
                  formControlName="progress"
                  [attr.data-testid]="'goal-progress-' + i"
                />
                <span matTextSuffix>%</span>
                <mat-error>{{ goalProgress(i).errors | controlMessage }}</mat-error>
              </mat-form-field>
            }
          </fieldset>
        }
        <mat-form-field>
          <mat-label>{{ 'mentoring.checkIn.next' | t }}</mat-label>
          <input matInput type="date" formControlName="nextDate" data-testid="check-in-next" />
          <mat-hint>{{ 'mentoring.checkIn.nextHint' | t }}</mat-hint>
          <mat-error>
            @if (form.controls.nextDate.errors?.['beforeMeeting']) {
              {{ 'mentoring.checkIn.nextAfter' | t }}
            } @else {
              {{ form.controls.nextDate.errors | controlMessage }}
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
      min-width: min(460px, 80vw);
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .goal-name {
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
  `,
})
export class CheckInDialogComponent {
  protected readonly pairing = inject<PairingDetailDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CheckInDialogComponent, PairingDetailDto>);
  private readonly api = inject(MentorshipApi);
  protected readonly today = todayIso();
  protected readonly other =
    this.pairing.myPart === 'mentor' ? this.pairing.mentee.fullName : this.pairing.mentor.fullName;

  protected readonly form = new FormGroup({
    heldOn: new FormControl(this.today, { nonNullable: true, validators: [Validators.required] }),
    sharedNotes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    privateNotes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    goals: new FormArray(
      this.pairing.goals.map(
        (g) =>
          new FormGroup({
            goalId: new FormControl(g.id, { nonNullable: true }),
            progress: new FormControl(g.progress, {
              nonNullable: true,
              validators: [Validators.required, Validators.min(0), Validators.max(100)],
            }),
          }),
      ),
    ),
    nextDate: new FormControl('', { nonNullable: true }),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected goalProgress(i: number): FormControl<number> {
    return this.form.controls.goals.at(i).controls.progress;
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    // Said here, in words, before the server refuses them with bare dates.
    const { heldOn, nextDate } = this.form.controls;
    if (heldOn.value > this.today) heldOn.setErrors({ ...heldOn.errors, future: true });
    if (nextDate.value && heldOn.value && nextDate.value <= heldOn.value)
      nextDate.setErrors({ ...nextDate.errors, beforeMeeting: true });
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.api.checkIn(this.pairing.id, {
          heldOn: value.heldOn,
          sharedNotes: value.sharedNotes.trim(),
          privateNotes: value.privateNotes.trim(),
          goals: value.goals.map((g) => ({ goalId: g.goalId, progress: Number(g.progress) })),
          nextDate: value.nextDate || null,
        }),
      );
      this.ref.close(saved);
    });
  }
}
