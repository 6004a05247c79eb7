/** A plain decimal such as "-12.50": safe in a spreadsheet, and a reversal's minus must stay. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break, and never read as a
 * formula by a spreadsheet (text starting with = + - @ tab or CR gets a leading quote,
 * unless it is a plain number).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, ended by CRLF as RFC 4180 writes it. */
export function csvLine(cells: (string | number)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** A whole CSV document; the BOM makes spreadsheet programs read it as UTF-8. */
export function csvDocument(rows: (string | number)[][]): string {
  return '\ufeff' + rows.map(csvLine).join('');
}
