import { inject } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { describeError, submission, type AppError, type Submission } from '@cadre/web/core';
import { I18n } from '@cadre/web/i18n';

/**
 * Puts the server's field errors onto the form's controls (as `server` errors), so a 400
 * shows next to the field it is about. Returns the errors no control claimed.
 */
export function applyServerErrors(form: FormGroup, error: AppError): string[] {
  const unclaimed: string[] = [];
  for (const { field, reason } of error.fieldErrors) {
    const control: AbstractControl | null = form.get(field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: reason });
      control.markAsTouched();
    } else {
      unclaimed.push(`${field}: ${reason}`);
    }
  }
  return unclaimed;
}

/**
 * A Submission for a form whose server errors name its fields: each is shown beside its
 * field, and the dialog's message only says what no field claimed.
 */
export function formSubmission(form: () => FormGroup): Submission {
  const i18n = inject(I18n);
  return submission((error) => {
    const unclaimed = applyServerErrors(form(), error);
    return error.fieldErrors.length && !unclaimed.length ? null : describeError(i18n, error);
  });
}
