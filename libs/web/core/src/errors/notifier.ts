import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18n } from '@cadre/web/i18n';
import { toAppError, type AppError } from './app-error';
import { describeFieldErrors } from './field-error-text';

/** Short confirmations and errors at the bottom of the screen. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18n);

  success(key: string, params?: Record<string, string | number>): void {
    this.snackBar.open(this.i18n.t(key, params), this.i18n.t('common.dismiss'), { duration: 4000 });
  }

  /** A confirmation with one thing to do next ("Open their page"); runs it if chosen. */
  successWithAction(
    key: string,
    params: Record<string, string | number>,
    actionKey: string,
    act: () => void,
  ): void {
    this.snackBar
      .open(this.i18n.t(key, params), this.i18n.t(actionKey), { duration: 8000 })
      .onAction()
      .subscribe(act);
  }

  error(error: unknown): void {
    this.snackBar.open(describeError(this.i18n, toAppError(error)), this.i18n.t('common.dismiss'), {
      duration: 8000,
      politeness: 'assertive',
    });
  }
}

/**
 * The message to show for an error, in the reader's language: a translation of the
 * error's code when we have one, else the server's own sentence.
 */
export function describeError(i18n: I18n, error: AppError): string {
  // A refused form: each field's problem, in the reader's language, with the field's label.
  if (error.code === 'validation_failed' && error.fieldErrors.length)
    return describeFieldErrors(i18n, error.fieldErrors);
  const codeKey = `errors.code.${error.code}`;
  const minutes = error.retryAfterSeconds ? Math.ceil(error.retryAfterSeconds / 60) : undefined;
  const byCode = i18n.t(codeKey, { minutes, seconds: error.retryAfterSeconds });
  if (byCode !== codeKey) return byCode;
  return error.message.startsWith('errors.') ? i18n.t(error.message) : error.message;
}
