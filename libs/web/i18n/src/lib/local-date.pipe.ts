import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n.service';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates in the reader's language. Calendar dates (yyyy-mm-dd) are shown as written, never
 * shifted by the browser's time zone; instants use the browser's zone.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: string | Date | null | undefined, style: 'date' | 'datetime' = 'date'): string {
    if (!value) return '—';
    const locale = this.i18n.locale();
    const calendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    const key = `${locale}|${style}|${calendarDate}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        ...(style === 'datetime' ? { timeStyle: 'short' } : {}),
        ...(calendarDate ? { timeZone: 'UTC' } : {}),
      });
      formats.set(key, format);
    }
    return format.format(calendarDate ? new Date(`${value}T00:00:00Z`) : new Date(value));
  }
}
