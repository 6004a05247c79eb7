import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { DisputeDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

export interface DisputeDialogData {
  statementId: string;
  lines: { component: string; label: string }[];
}

/** The payee disputes one line of their locked statement, saying why. */
@Component({
  selector: 'cadre-dispute-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'pay.dispute.title' | t"
      [submitLabel]="'pay.dispute.send' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="dispute-send"
      errorTestId="dispute-error"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'pay.dispute.line' | t }}</mat-label>
          <mat-select formControlName="component" data-testid="dispute-line">
            @for (l of data.lines; track l.component) {
              <mat-option [value]="l.component">{{ l.label }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.component.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'pay.dispute.reason' | t }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" data-testid="dispute-reason"></textarea>
          <mat-hint>{{ 'pay.dispute.reasonHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | controlMessage }}</mat-error>
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
export class DisputeDialogComponent {
  protected readonly data = inject<DisputeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DisputeDialogComponent, DisputeDto>);
  private readonly api = inject(CompensationApi);
  protected readonly form = new FormGroup({
    component: new FormControl(this.data.lines[0]?.component ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(2000)],
    }),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { component, reason } = this.form.getRawValue();
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          this.api.raiseDispute(this.data.statementId, { component, reason: reason.trim() }),
        ),
      );
    });
  }
}
