import type { LearningReportDto } from '@cadre/shared/contracts';

/** One CSV field: quoted when it holds a separator, a quote or a line break; a leading =+-@ is defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A spreadsheet would run "=…" as a formula: prefix it so it stays text (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const percent = (completed: number, enrolled: number) =>
  enrolled ? ((completed * 100) / enrolled).toFixed(1) : '0.0';

/**
 * The report as one CSV file: a section per org unit and per course, with the same figures
 * as the screen. Names are in the reader's language; headings are given translated.
 */
export function learningReportCsv(
  report: LearningReportDto,
  words: {
    scope: string;
    unit: string;
    course: string;
    code: string;
    enrolled: string;
    completed: string;
    overdue: string;
    completion: string;
    unitScope: string;
    courseScope: string;
  },
  pick: (text: { en: string; zh: string }) => string,
): string {
  const header = [
    words.scope,
    words.unit,
    words.code,
    words.enrolled,
    words.completed,
    words.overdue,
    words.completion,
  ];
  const rows: (string | number)[][] = [
    header,
    ...report.units.map((u) => [
      words.unitScope,
      `${'  '.repeat(u.depth)}${u.name}`,
      '',
      u.enrolled,
      u.completed,
      u.overdue,
      percent(u.completed, u.enrolled),
    ]),
    ...report.courses.map((c) => [
      words.courseScope,
      pick(c.title),
      c.code,
      c.enrolled,
      c.completed,
      c.overdue,
      percent(c.completed, c.enrolled),
    ]),
  ];
  // A byte-order mark so spreadsheet programs read the Chinese names as UTF-8.
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
