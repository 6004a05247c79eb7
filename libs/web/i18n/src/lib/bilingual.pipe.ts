import { Pipe, PipeTransform, inject } from '@angular/core';
import type { Bilingual } from '@cadre/shared/contracts';
import { I18n } from './i18n.service';

/** Data that carries both languages (competency names, profile summaries): `{{ c.name | bilingual }}`. */
@Pipe({ name: 'bilingual', pure: false })
export class BilingualPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: Bilingual | null | undefined): string {
    return value ? this.i18n.pick(value) : '';
  }
}
