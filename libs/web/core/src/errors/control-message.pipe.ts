import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { I18n } from '@cadre/web/i18n';
import { controlMessage } from './field-error-text';

/**
 * Why a form control is refused, in the reader's language, for its `<mat-error>`:
 * `{{ form.controls.title.errors | controlMessage }}`; a pattern's meaning as the argument.
 * Impure, like `t`: a language switch re-renders at once.
 */
@Pipe({ name: 'controlMessage', pure: false })
export class ControlMessagePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(errors: ValidationErrors | null | undefined, patternHint?: string): string {
    return controlMessage(this.i18n, errors, patternHint);
  }
}
