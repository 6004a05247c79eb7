import { ChangeDetectionStrategy, Component, inject, type Injector } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { MIN_PASSWORD_LENGTH, type HireResultDto } from '@cadre/shared/contracts';
import { controlMessage, formSubmission, Notifier } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

export interface HireDialogData {
  applicationId: string;
  candidateName: string;
  jobTitle: string;
  /** Hiring before the offer stage: the dialog asks why, and the reason is recorded. */
  beforeOffer: boolean;
}

/**
 * Opens the hire dialog; on a hire, says so with a way to the new person's page. Resolves
 * with the result, or undefined when the user backed out.
 */
export function hireWithDialog(injector: Injector, data: HireDialogData): Promise<HireResultDto | undefined> {
  const notifier = injector.get(Notifier);
  const router = injector.get(Router);
  return firstValueFrom(
    injector
      .get(MatDialog)
      .open<HireDialogComponent, HireDialogData, HireResultDto>(HireDialogComponent, { data })
      .afterClosed(),
  ).then((result) => {
    if (result)
      notifier.successWithAction(
        'recruitment.hire.done',
        { name: data.candidateName },
        'recruitment.hire.openPage',
        () => void router.navigate(['/people', result.employeeId]),
      );
    return result;
  });
}

/** Hire: the new employee's start date, title, work email and first password. */
@Component({
  selector: 'cadre-hire-dialog',
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
      [formGroup]="form"
      [title]="'recruitment.hire.title' | t: { name: data.candidateName }"
      [submitLabel]="'recruitment.hire.confirm' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="hire-confirm"
      errorTestId="hire-error"
      (submitted)="hire()"
    >
      <mat-dialog-content class="fields">
        <p class="muted">{{ 'recruitment.hire.explain' | t }}</p>
        @if (data.beforeOffer) {
          <mat-form-field>
            <mat-label>{{ 'recruitment.hire.overrideReason' | t }}</mat-label>
            <textarea
              matInput
              rows="2"
              formControlName="overrideReason"
              data-testid="hire-override-reason"
            ></textarea>
            <mat-hint>{{ 'recruitment.hire.overrideHint' | t }}</mat-hint>
            <mat-error>{{ why('overrideReason') }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'people.hireDate' | t }}</mat-label>
          <input matInput type="date" formControlName="hireDate" data-testid="hire-date" />
          <mat-error>{{ why('hireDate') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.jobTitle' | t }}</mat-label>
          <input matInput formControlName="jobTitle" data-testid="hire-title" />
          <mat-error>{{ why('jobTitle') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'recruitment.hire.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" data-testid="hire-email" />
          <mat-error>{{ why('email') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'recruitment.hire.password' | t }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="initialPassword"
            autocomplete="new-password"
            data-testid="hire-password"
          />
          <mat-hint>{{ 'validation.minLength' | t: { min: minPassword } }}</mat-hint>
          <mat-error data-testid="hire-password-error">{{ why('initialPassword') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(440px, 85vw);
    }
  `,
})
export class HireDialogComponent {
  protected readonly data = inject<HireDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<HireDialogComponent, HireResultDto>);
  private readonly api = inject(RecruitmentApi);

  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  private readonly i18n = inject(I18n);
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    hireDate: [new Date().toISOString().slice(0, 10), Validators.required],
    jobTitle: [this.data.jobTitle, Validators.required],
    email: ['', [Validators.required, Validators.email]],
    initialPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    overrideReason: ['', this.data.beforeOffer ? [Validators.required, Validators.pattern(/\S/)] : []],
  });

  protected why(name: keyof typeof this.form.controls): string {
    return controlMessage(this.i18n, this.form.controls[name].errors);
  }

  protected async hire(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    await this.submission.run(async () => {
      const { overrideReason, ...request } = this.form.getRawValue();
      this.ref.close(
        await firstValueFrom(
          this.api.hire(this.data.applicationId, {
            ...request,
            ...(this.data.beforeOffer ? { overrideReason: overrideReason.trim() } : {}),
          }),
        ),
      );
    });
  }
}
