import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import Papa from 'papaparse';
import type { ImportFailureCode } from '@cadre/shared/contracts';
import { copyField, copyTextArray } from './copy-text';
import { resolveImportColumns, type ImportColumns } from './import-columns';
import { FileRefused, Utf8Text } from './utf8-text';

/** The staging table's columns, in the order each COPY line gives them. */
export const STAGING_COLUMNS = [
  'import_id',
  'row_no',
  'field_count',
  'external_id',
  'occurred_on',
  'employee',
  'share',
  'overlay',
  'reverses',
  'customer',
  'product_line',
  'region',
  'segment',
  'metric_values',
] as const;

export type StagingResult =
  | { ok: true; rows: number; bytes: number; columns: ImportColumns }
  | {
      ok: false;
      failure: ImportFailureCode;
      params: Record<string, string | number>;
      rows: number;
      bytes: number;
    };

export interface StagingOptions {
  importId: string;
  metricCodes: readonly string[];
  mapping: Readonly<Record<string, string>>;
  maxBytes: number;
  /** Called about once a second while rows are read; answering true stops the import. */
  progress: (rows: number, bytes: number) => Promise<boolean>;
}

const PROGRESS_EVERY_MS = 1000;

/**
 * Streams a CSV file through Papa Parse into `copy` (a COPY … FROM STDIN of the staging
 * table): the header row picks the columns, every later row becomes one staged line with
 * its row number (the header is row 1). Memory stays flat: the parser and the upload
 * pause while COPY catches up. Nothing is checked here beyond the file itself; the rows are checked in SQL.
 */
export function stageCsv(file: Readable, copy: Writable, options: StagingOptions): Promise<StagingResult> {
  const text = new Utf8Text(options.maxBytes);
  let columns: ImportColumns | null = null;
  let rows = 0;
  let lastProgress = Date.now();
  let refused: { failure: ImportFailureCode; params: Record<string, string | number> } | null = null;
  const id = copyField(options.importId);

  return new Promise<StagingResult>((resolve) => {
    let settled = false;
    const settle = (result: StagingResult) => {
      if (settled) return;
      settled = true;
      if (!result.ok) copy.destroy(new Error(`import refused: ${result.failure}`));
      resolve(result);
    };
    const fail = (failure: ImportFailureCode, params: Record<string, string | number> = {}) =>
      settle({ ok: false, failure, params, rows, bytes: text.bytes });
    copy.on('error', (error: Error) => {
      if (!settled) fail('unreadable', { reason: error.message.slice(0, 200) });
    });
    file.on('error', () => fail('interrupted'));
    text.on('error', (error: Error) => {
      if (error instanceof FileRefused) refused = { failure: error.failure, params: error.params };
    });

    // Papa's own pause (the handle a chunk callback gets) stops parsing but keeps reading
    // the stream into a queue; pausing the stream too is what holds the upload back.
    const input = file.pipe(text);
    Papa.parse<string[]>(input as unknown as File, {
      // Comma-separated only: a guessed delimiter would read a semicolon file "successfully".
      delimiter: ',',
      skipEmptyLines: 'greedy',
      chunk: (results, parser) => {
        if (settled) return parser.abort();
        let lines = '';
        let data = results.data;
        if (!columns) {
          const header = data[0] ?? [];
          const resolved = resolveImportColumns(header, options.metricCodes, options.mapping);
          if (!resolved.ok) {
            // Settle first: aborting calls complete() at once.
            fail(resolved.failure, resolved.params);
            return parser.abort();
          }
          columns = resolved.columns;
          data = data.slice(1);
        }
        const { fields, metrics } = columns;
        const cell = (row: string[], index: number) => copyField(index < 0 ? undefined : (row[index] ?? ''));
        for (const row of data) {
          rows++;
          lines +=
            `${id}\t${rows + 1}\t${row.length}\t${cell(row, fields.external_id)}\t${cell(row, fields.date)}` +
            `\t${cell(row, fields.employee)}\t${cell(row, fields.share)}\t${cell(row, fields.overlay)}` +
            `\t${cell(row, fields.reverses)}\t${cell(row, fields.customer)}\t${cell(row, fields.product_line)}` +
            `\t${cell(row, fields.region)}\t${cell(row, fields.segment)}` +
            `\t${copyTextArray(metrics.map((m) => row[m.index]))}\n`;
        }
        const flowing = copy.write(lines);
        const now = Date.now();
        const report = now - lastProgress >= PROGRESS_EVERY_MS;
        if (!flowing || report) {
          parser.pause();
          input.pause();
        }
        void (async () => {
          if (!flowing) await once(copy, 'drain');
          if (report) {
            lastProgress = now;
            if (await options.progress(rows, text.bytes)) {
              fail('interrupted', { cancelled: 1 });
              return parser.abort();
            }
          }
          if (!flowing || report) {
            input.resume();
            parser.resume();
          }
        })().catch(() => fail('interrupted'));
      },
      complete: () => {
        if (settled) return;
        if (refused) return fail(refused.failure, refused.params);
        if (!columns) return fail('empty_file');
        const done = columns;
        copy.end();
        copy.once('finish', () => settle({ ok: true, rows, bytes: text.bytes, columns: done }));
      },
      error: () => fail(refused?.failure ?? 'unreadable', refused?.params ?? {}),
    });
  });
}
