import { Pipe, type PipeTransform, inject } from '@angular/core';
import { I18n } from '@cadre/web/i18n';
import { describeError } from './notifier';
import { toAppError } from './app-error';

/**
 * What went wrong with a load, in the reader's language, for an error state:
 * `[message]="resource.error() | errorText"`. Impure, like `t`: a language switch
 * re-renders at once.
 */
@Pipe({ name: 'errorText', pure: false })
export class ErrorTextPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(error: unknown): string {
    return describeError(this.i18n, toAppError(error));
  }
}
