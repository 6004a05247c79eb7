import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n.service';

/**
 * `{{ 'nav.home' | t }}`, `{{ 'home.welcome' | t: { name: user.displayName } }}`.
 * Impure on purpose: it reads the locale signal, so a language switch re-renders at once.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: string, params?: Record<string, string | number | null | undefined>): string {
    return this.i18n.t(key, params);
  }
}
