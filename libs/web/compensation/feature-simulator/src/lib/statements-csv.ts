import type { Statement } from '@cadre/compensation/engine';

const COLUMNS = ['payee', 'period', 'currency', 'earnings', 'payout', 'recovered', 'balance'] as const;

/**
 * Statements as CSV for payroll or a spreadsheet: one row per payee and period, amounts
 * exactly as calculated. Starts with a byte-order mark so that spreadsheets read UTF-8.
 */
export function statementsCsv(statements: readonly Statement[]): string {
  const rows = statements.map((s) =>
    [text(s.payee), text(s.period), text(s.currency), s.earnings, s.payout, s.recovered, s.balance].join(','),
  );
  return `\ufeff${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * A text cell: quoted when it holds a comma, quote or line break, and kept from being read
 * as a formula (a payee id such as "=HYPERLINK(…)" comes from the document's author).
 */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
