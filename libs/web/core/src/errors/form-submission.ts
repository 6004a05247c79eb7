import { inject } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { FieldError } from '@cadre/shared/contracts';
import { I18n } from '@cadre/web/i18n';
import type { AppError } from './app-error';
import { describeFieldErrors, fieldReason } from './field-error-text';
import { describeError } from './notifier';
import { submission, type Submission } from './submission';

/**
 * Puts the server's field errors onto the form's controls (as `server` errors, already
 * in the reader's language), so a 400 shows next to the field it is about. Returns the
 * errors no control claimed.
 */
export function applyServerErrors(i18n: I18n, form: FormGroup, error: AppError): FieldError[] {
  const unclaimed: FieldError[] = [];
  for (const fieldError of error.fieldErrors) {
    // The API names list items as JavaScript does (ratings[0].evidence); forms by dots.
    const control: AbstractControl | null = form.get(fieldError.field.replace(/\[(\d+)\]/g, '.$1'));
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: fieldReason(i18n, fieldError) });
      control.markAsTouched();
    } else {
      unclaimed.push(fieldError);
    }
  }
  return unclaimed;
}

/**
 * A Submission for a form whose server errors name its fields: each is shown beside its
 * field, and the form's message says only what no field claimed (call in an injection
 * context).
 */
export function formSubmission(form: () => FormGroup): Submission {
  const i18n = inject(I18n);
  return submission((error) => {
    const unclaimed = applyServerErrors(i18n, form(), error);
    if (error.fieldErrors.length && !unclaimed.length) return null;
    return unclaimed.length ? describeFieldErrors(i18n, unclaimed) : describeError(i18n, error);
  });
}
