/**
 * PostgreSQL COPY text format: fields separated by tabs, rows by newlines, `\N` for null,
 * and backslash, tab, newline and carriage return escaped.
 */
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyField(value: string | undefined): string {
  if (value === undefined) return '\\N';
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : value;
}

/** A text[] value as an array literal, then escaped for COPY; empty cells are nulls. */
export function copyTextArray(values: readonly (string | undefined)[]): string {
  const items = values.map((v) =>
    v === undefined || v === '' ? 'NULL' : '"' + (/["\\]/.test(v) ? v.replace(/["\\]/g, '\\$&') : v) + '"',
  );
  return copyField('{' + items.join(',') + '}');
}
