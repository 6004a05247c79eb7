import {
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type ImportFailureCode,
  type ImportField,
} from '@cadre/shared/contracts';

/** Where each field and metric sits in a file's rows, read from its header. */
export interface ImportColumns {
  /** Field → index in the row, or -1 when the file has no such column. */
  fields: Record<ImportField, number>;
  /** Metric codes the file carries and the index of each one's column. */
  metrics: { code: string; index: number }[];
  /** Field or metric code → the header it was read from (what the report names). */
  headers: Record<string, string>;
  width: number;
}

export type ColumnsResult =
  | { ok: true; columns: ImportColumns }
  | { ok: false; failure: ImportFailureCode; params: Record<string, string | number> };

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Matches a header row to Cadre's fields and the known metric codes. `mapping` (field or
 * metric code → header) is the mapping step's answer for files whose headers differ;
 * without it a header matches a field of the same name, spaces and case aside.
 */
export function resolveImportColumns(
  header: readonly string[],
  metricCodes: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): ColumnsResult {
  const seen = new Map<string, number>();
  for (const [index, name] of header.entries()) {
    const key = normalise(name);
    if (!key) continue;
    if (seen.has(key)) return { ok: false, failure: 'duplicate_columns', params: { column: name.trim() } };
    seen.set(key, index);
  }
  // One column holding separators of another kind: the file was saved with ; or tabs.
  if (header.length === 1 && /[;\t|]/.test(header[0] ?? ''))
    return {
      ok: false,
      failure: 'wrong_delimiter',
      params: { found: /;/.test(header[0] ?? '') ? ';' : 'tab' },
    };

  const locate = (name: string): number => {
    const mapped = mapping[name];
    return seen.get(normalise(mapped ?? name)) ?? -1;
  };
  const fields = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, locate(f)])) as Record<ImportField, number>;
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => fields[f] < 0);
  const metrics = metricCodes.map((code) => ({ code, index: locate(code) })).filter((m) => m.index >= 0);
  if (missing.length || !metrics.length)
    return {
      ok: false,
      failure: 'missing_columns',
      params: { columns: [...missing, ...(metrics.length ? [] : ['<metric>'])].join(', ') },
    };
  const headers: Record<string, string> = {};
  for (const f of IMPORT_FIELDS) if (fields[f] >= 0) headers[f] = (header[fields[f]] ?? f).trim();
  for (const m of metrics) headers[m.code] = (header[m.index] ?? m.code).trim();
  return { ok: true, columns: { fields, metrics, headers, width: header.length } };
}
