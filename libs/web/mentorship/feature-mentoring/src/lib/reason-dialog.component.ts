import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

export interface ReasonDialogData {
  title: string;
  confirmLabel: string;
}

/** Asks why (a decline, a pause, a cancellation); closes with the reason, or undefined on Cancel. */
@Component({
  selector: 'cadre-reason-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [title]="data.title"
      [submitLabel]="data.confirmLabel"
      [cancelLabel]="'common.cancel' | t"
      submitTestId="reason-submit"
      (submitted)="done()"
    >
      <mat-dialog-content>
        <mat-form-field class="full">
          <mat-label>{{ 'mentoring.reason' | t }}</mat-label>
          <textarea
            matInput
            [formControl]="reason"
            rows="3"
            required
            data-testid="reason"
            cdkFocusInitial
          ></textarea>
          <mat-error>{{ 'validation.code.too_short' | t: { min: 3 } }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .full {
      width: 100%;
      min-width: min(420px, 80vw);
    }
  `,
})
export class ReasonDialogComponent {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ReasonDialogComponent, string>);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(1000)],
  });

  protected done(): void {
    this.reason.setValue(this.reason.value.trim());
    this.reason.markAsTouched();
    if (this.reason.valid) this.ref.close(this.reason.value);
  }
}
