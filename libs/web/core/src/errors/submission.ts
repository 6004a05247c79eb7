import { inject, signal } from '@angular/core';
import { I18n } from '@cadre/web/i18n';
import { toAppError, type AppError } from './app-error';
import { describeError } from './notifier';

/**
 * A form's save: `busy` while it runs (the submit button is disabled, a second submit is
 * ignored), `error` with what to show when it fails. Forms may also set `error` for their
 * own checks before saving.
 */
export class Submission {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  /** What the last save failed with, for a page that reads its message again in another language. */
  readonly failure = signal<AppError | null>(null);

  constructor(private readonly describe: (error: AppError) => string | null) {}

  /** Runs `work` unless a save is already running; false when it did not complete. */
  async run(work: () => Promise<unknown>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.clear();
    try {
      await work();
      return true;
    } catch (error) {
      const failure = toAppError(error);
      this.failure.set(failure);
      this.error.set(this.describe(failure));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** Forgets the last failure: the form changed, it no longer applies. */
  clear(): void {
    this.error.set(null);
    this.failure.set(null);
  }
}

/**
 * A Submission whose failures read in the user's language (call in an injection context).
 * `describe` replaces that, e.g. to show field errors beside their fields instead.
 */
export function submission(describe?: (error: AppError) => string | null): Submission {
  const i18n = inject(I18n);
  return new Submission(describe ?? ((error) => describeError(i18n, error)));
}
