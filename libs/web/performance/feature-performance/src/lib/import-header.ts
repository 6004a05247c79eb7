import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type MetricDto } from '@cadre/shared/contracts';

/** The file's first line, split as CSV (quotes honoured), for the mapping step. */
export function headerCells(firstLine: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < firstLine.length; i++) {
    const c = firstLine[i];
    if (quoted) {
      if (c === '"' && firstLine[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells.filter((c, i) => c || i < cells.length - 1);
}

const normalise = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Which of Cadre's fields and metrics the header names as they are, and which need mapping. */
export function unmatchedColumns(
  headers: string[],
  metrics: MetricDto[],
): { required: string[]; metrics: string[] } {
  const present = new Set(headers.map(normalise));
  return {
    required: REQUIRED_IMPORT_FIELDS.filter((f) => !present.has(f)),
    metrics: metrics.map((m) => m.code).filter((c) => !present.has(c)),
  };
}

export const OPTIONAL_IMPORT_FIELDS = IMPORT_FIELDS.filter((f) => !REQUIRED_IMPORT_FIELDS.includes(f));
