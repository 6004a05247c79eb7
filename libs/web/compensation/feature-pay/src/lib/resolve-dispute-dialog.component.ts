import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { firstValueFrom } from 'rxjs';
import type { DisputeDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { formatMoney } from './pay-format';
import { FormDialogComponent } from '@cadre/web/ui';

/**
 * A manager or finance settles a dispute: accepted with the amount to adjust on the next
 * statement (negative recovers), or rejected; either way with a reason the person reads.
 */
@Component({
  selector: 'cadre-resolve-dispute-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'pay.dispute.resolveTitle' | t: { name: dispute.fullName, period: dispute.period }"
      [submitLabel]="'pay.dispute.settle' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="resolve-send"
      errorTestId="resolve-error"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <p class="claim">
          <strong>{{ dispute.component }} · {{ dispute.lineAmount }} {{ dispute.currency }}</strong
          ><br />
          {{ dispute.reason }}
        </p>
        <mat-radio-group
          formControlName="decision"
          class="decision"
          [attr.aria-label]="'pay.dispute.decision' | t"
        >
          <mat-radio-button value="accept" data-testid="resolve-accept">{{
            'pay.dispute.accept' | t
          }}</mat-radio-button>
          <mat-radio-button value="reject" data-testid="resolve-reject">{{
            'pay.dispute.reject' | t
          }}</mat-radio-button>
        </mat-radio-group>
        @if (form.controls.decision.value === 'accept') {
          <mat-form-field>
            <mat-label>{{ 'pay.dispute.amount' | t: { currency: dispute.currency } }}</mat-label>
            <input matInput formControlName="amount" inputmode="decimal" data-testid="resolve-amount" />
            <mat-hint>{{ 'pay.dispute.amountHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.amount.errors | controlMessage }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'pay.dispute.resolution' | t }}</mat-label>
          <textarea
            matInput
            formControlName="resolution"
            rows="3"
            data-testid="resolve-resolution"
          ></textarea>
          <mat-error>{{ form.controls.resolution.errors | controlMessage }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(440px, 80vw);
    }
    .decision {
      display: flex;
      gap: 16px;
      flex-wrap: wrap;
    }
    .claim {
      overflow-wrap: anywhere;
    }
  `,
})
export class ResolveDisputeDialogComponent {
  protected readonly dispute = inject<DisputeDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ResolveDisputeDialogComponent, DisputeDto>);
  private readonly api = inject(CompensationApi);
  protected readonly form = new FormGroup({
    decision: new FormControl<'accept' | 'reject'>('accept', { nonNullable: true }),
    amount: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(/^-?\d{1,15}(\.\d{1,6})?$/)],
    }),
    resolution: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(2000)],
    }),
  });
  private readonly i18n = inject(I18n);
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected money(value: string): string {
    return formatMoney(value, this.dispute.currency, this.i18n.locale());
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const { decision, amount, resolution } = this.form.getRawValue();
    if (decision === 'accept' && !amount.trim()) this.form.controls.amount.setErrors({ required: true });
    if (this.form.invalid) return;
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          this.api.resolveDispute(this.dispute.id, {
            decision,
            resolution: resolution.trim(),
            amount: decision === 'accept' ? amount.trim() : null,
          }),
        ),
      );
    });
  }
}
