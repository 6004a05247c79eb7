import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import type { PairingDetailDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

const days = (value: number) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(1), Validators.max(90)],
  });

/** How often the pair meets: in the first month, then after. */
@Component({
  selector: 'cadre-cadence-dialog',
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
      [title]="'mentoring.cadence.title' | t"
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="cadence-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'mentoring.cadence.firstMonth' | t }}</mat-label>
          <input matInput type="number" min="1" max="90" formControlName="firstMonthCadenceDays" required />
          <span matTextSuffix>{{ 'mentoring.cadence.days' | t }}</span>
          <mat-error>{{ form.controls.firstMonthCadenceDays.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'mentoring.cadence.after' | t }}</mat-label>
          <input matInput type="number" min="1" max="90" formControlName="cadenceDays" required />
          <span matTextSuffix>{{ 'mentoring.cadence.days' | t }}</span>
          <mat-error>{{ form.controls.cadenceDays.errors | controlMessage }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(360px, 80vw);
    }
  `,
})
export class CadenceDialogComponent {
  private readonly pairing = inject<PairingDetailDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CadenceDialogComponent, PairingDetailDto>);
  private readonly api = inject(MentorshipApi);
  protected readonly form = new FormGroup({
    firstMonthCadenceDays: days(this.pairing.firstMonthCadenceDays),
    cadenceDays: days(this.pairing.cadenceDays),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          this.api.setCadence(this.pairing.id, {
            firstMonthCadenceDays: Number(value.firstMonthCadenceDays),
            cadenceDays: Number(value.cadenceDays),
          }),
        ),
      );
    });
  }
}
