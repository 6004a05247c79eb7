import type { AbstractControl, FormGroup } from '@angular/forms';
import type { AppError } from '@cadre/web/core';

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
