import type { FieldError } from '@cadre/shared/contracts';
import type { I18n } from '@cadre/web/i18n';

/**
 * One field error in the reader's language: its code translated with its parameters
 * (`validation.code.too_long`: "At most {max} characters"), or the server's English
 * reason for a code the client does not know.
 */
export function fieldReason(i18n: I18n, error: FieldError): string {
  if (error.code) {
    const key = `validation.code.${error.code}`;
    const text = i18n.t(key, error.params);
    if (text !== key) return text;
  }
  return error.reason;
}

/**
 * The field's label, for errors shown away from their field: `fields.<name>` for the
 * field's last part ("ratings[0].evidence" -> "evidence"), with its position when it is
 * in a list; the raw name only when no label is known.
 */
export function fieldLabel(i18n: I18n, field: string): string {
  const parts = field.split('.');
  const last = (parts[parts.length - 1] ?? field).replace(/\[\d+\]$/, '');
  const key = `fields.${last}`;
  const label = i18n.t(key);
  if (label === key) return field;
  const position = /\[(\d+)\]/.exec(field)?.[1];
  return position === undefined ? label : `${label} (${Number(position) + 1})`;
}

/** Every field error of a 400 as sentences: "Name: must not be empty". */
export function describeFieldErrors(i18n: I18n, errors: readonly FieldError[]): string {
  return errors.map((e) => `${fieldLabel(i18n, e.field)}: ${fieldReason(i18n, e)}`).join(' ');
}

/**
 * Why a form control is invalid, in the reader's language, from Angular's validator
 * errors (and a `server` error put there by applyServerErrors). `patternHint` says what a
 * pattern expects, since a regular expression means nothing to a reader.
 */
export function controlMessage(
  i18n: I18n,
  errors: Record<string, unknown> | null | undefined,
  patternHint?: string,
): string {
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  const param = (name: string, key: string) => (errors[name] as Record<string, number> | undefined)?.[key];
  if (errors['required']) return i18n.t('validation.code.required');
  if (errors['email']) return i18n.t('validation.code.email');
  if (errors['minlength'])
    return i18n.t('validation.code.too_short', { min: param('minlength', 'requiredLength') });
  if (errors['maxlength'])
    return i18n.t('validation.code.too_long', { max: param('maxlength', 'requiredLength') });
  if (errors['min']) return i18n.t('validation.code.too_small', { min: param('min', 'min') });
  if (errors['max']) return i18n.t('validation.code.too_large', { max: param('max', 'max') });
  if (errors['pattern']) return patternHint ?? i18n.t('validation.code.format');
  return i18n.t('validation.invalid');
}
