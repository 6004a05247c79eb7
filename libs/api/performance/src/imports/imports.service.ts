import { Injectable, Logger } from '@nestjs/common';
import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import {
  IMPORT_FIELDS,
  IMPORT_MAX_BYTES,
  type ImportFailureCode,
  type ImportJobDto,
  type ImportProblemDto,
} from '@cadre/shared/contracts';
import { MetricsRepository } from '../metrics/metrics.repository';
import { metricScale } from '../metrics/metric-scale';
import { stageCsv } from './csv-staging';
import { toImportJobDto } from './import-job.mapper';
import { ImportsRepository, type ProblemKey, type StagedMetrics } from './imports.repository';

export interface StartImport {
  source: string;
  fileName: string;
  /** Field or metric code → the file's header (the mapping step's answer). */
  mapping: Record<string, string>;
  /** The request's Content-Length, when it gave one. */
  declaredBytes: number | null;
}

class ImportCancelled extends Error {}

/** How often a running job says it is alive (the stale limit is 2 minutes). */
const HEARTBEAT_MS = 30_000;

/** How many problems one page of the report reads at a time. */
const PROBLEM_PAGE = 5000;

/**
 * Imports of credited transactions: the file is read into staging while it uploads (the
 * request), then checked and merged in the background in one transaction, so either every
 * row lands or none does. Progress is on the job row, for any process and any reload.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly imports: ImportsRepository,
    private readonly metrics: MetricsRepository,
    private readonly people: PeopleLookup,
    private readonly audit: AuditService,
  ) {}

  async start(principal: Principal, input: StartImport, file: Readable): Promise<ImportJobDto> {
    if (input.declaredBytes !== null && input.declaredBytes > IMPORT_MAX_BYTES)
      throw InvalidInputError.field(
        'file',
        'The file is larger than the 1 GB an import takes',
        'file_too_big',
        {
          max: IMPORT_MAX_BYTES,
        },
      );
    await this.imports.sweepStale();
    const metrics = await this.metrics.all();
    const codes = metrics.map((m) => m.code);
    const known = new Set<string>([...IMPORT_FIELDS, ...codes]);
    const unknown = Object.keys(input.mapping).filter((k) => !known.has(k));
    if (unknown.length)
      throw InvalidInputError.field('columns', `No such field or metric: ${unknown.join(', ')}`, 'one_of');

    let id: string;
    try {
      id = await this.imports.createJob({
        source: input.source,
        fileName: input.fileName,
        columnMap: input.mapping,
        metricCodes: codes,
        requestedByUserId: principal.userId,
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new ConflictError(
          `An import from "${input.source}" is still running: wait for it or cancel it`,
          'import_running',
        );
      throw error;
    }

    const staged = await this.imports.copyStaging(async (copy) => {
      const result = await stageCsv(file, copy, {
        importId: id,
        metricCodes: codes,
        mapping: input.mapping,
        maxBytes: IMPORT_MAX_BYTES,
        progress: async (rows, bytes) => {
          await this.imports.patch(id, { rowsRead: rows, bytesRead: String(bytes) });
          return this.imports.cancelRequested(id);
        },
      });
      // A refused file aborted the COPY: wait for PostgreSQL to say so before the connection goes back.
      await finished(copy).catch(() => undefined);
      return result;
    });

    if (!staged.ok) {
      const cancelled = staged.failure === 'interrupted' && staged.params['cancelled'] === 1;
      await this.imports.patch(id, {
        status: cancelled ? 'cancelled' : 'failed',
        failure: cancelled ? null : staged.failure,
        failureParams: cancelled ? null : staged.params,
        rowsRead: staged.rows,
        bytesRead: String(staged.bytes),
        finishedAt: new Date(),
      });
      if (!file.readableEnded) file.resume();
    } else {
      const fileMetrics = staged.columns.metrics.flatMap((m) => metrics.filter((x) => x.code === m.code));
      // The headers each field was read from: what the report calls the columns.
      await this.imports.patch(id, {
        status: 'validating',
        rowsRead: staged.rows,
        bytesRead: String(staged.bytes),
        columnMap: staged.columns.headers,
      });
      const staging: StagedMetrics = {
        codes: fileMetrics.map((m) => m.code),
        ids: fileMetrics.map((m) => m.id),
        scales: fileMetrics.map(metricScale),
      };
      const actor = { userId: principal.userId, email: principal.email };
      // The checks and the merge run after the answer: the screen follows the job row.
      void this.checkAndMerge(id, input.source, staged.rows, staged.columns.width, staging, actor);
    }
    return this.job(id);
  }

  async job(id: string): Promise<ImportJobDto> {
    const job = await this.imports.find(id);
    if (!job) throw new NotFoundError('Import', id);
    return toImportJobDto(job);
  }

  async list(): Promise<ImportJobDto[]> {
    await this.imports.sweepStale();
    return (await this.imports.list(50)).map(toImportJobDto);
  }

  async cancel(id: string): Promise<ImportJobDto> {
    const job = await this.imports.find(id);
    if (!job) throw new NotFoundError('Import', id);
    if (!(await this.imports.requestCancel(id)))
      throw new ConflictError('This import has already finished', 'import_finished');
    return this.job(id);
  }

  /** The problems in file order, page by page, for the report; columns named as the file names them. */
  async *problems(id: string): AsyncGenerator<ImportProblemDto[]> {
    const job = await this.imports.find(id);
    if (!job) throw new NotFoundError('Import', id);
    let after: ProblemKey | null = null;
    for (;;) {
      const page = await this.imports.problems(id, after, PROBLEM_PAGE);
      if (!page.length) return;
      yield page.map((p) => ({ ...p, column: job.columnMap[p.column] ?? p.column }));
      const last = page[page.length - 1];
      if (page.length < PROBLEM_PAGE || !last) return;
      after = { row: last.row, column: last.column, code: last.code };
    }
  }

  private async checkAndMerge(
    id: string,
    source: string,
    rows: number,
    width: number,
    metrics: StagedMetrics,
    actor: { userId: string | null; email: string | null },
  ): Promise<void> {
    // A statement of a very large merge may outlast the stale-job limit: the heartbeat keeps
    // beating on its own connection while the transaction works.
    const heartbeat = setInterval(() => void this.imports.patch(id, {}).catch(() => undefined), HEARTBEAT_MS);
    try {
      await this.imports.inMergeTransaction(async (tx) => {
        const problems = await this.check(tx, id, source, width, metrics);
        await this.imports.patch(id, { rowsValidated: rows });
        if (problems > 0) {
          await this.imports.dropStaging(id, tx);
          await this.imports.patch(
            id,
            { status: 'failed', failure: 'row_problems', problemCount: problems, finishedAt: new Date() },
            tx,
          );
          return;
        }
        await this.imports.patch(id, { status: 'merging' });
        const counts = await this.imports.classify(tx, source);
        await this.imports.merge(tx, source, metrics, async () => {
          await this.imports.patch(id, {});
          if (await this.imports.cancelRequested(id)) throw new ImportCancelled();
        });
        await this.audit.recordSelected(
          tx,
          { action: 'sales_transaction.update', entityType: 'sales_transaction', actor },
          this.imports.changedForAudit(),
        );
        await this.audit.record(tx, {
          action: 'import.merge',
          entityType: 'import',
          entityId: id,
          after: { source, rows, ...counts },
          actor,
        });
        // The last word on cancelling is taken under the job's row lock, in the transaction.
        if (await this.imports.cancelRequested(id, tx)) throw new ImportCancelled();
        await this.imports.dropStaging(id, tx);
        await this.imports.patch(
          id,
          {
            status: 'succeeded',
            rowsMerged: rows,
            createdCount: counts.created,
            updatedCount: counts.updated,
            unchangedCount: counts.unchanged,
            finishedAt: new Date(),
          },
          tx,
        );
      });
    } catch (error) {
      const cancelled = error instanceof ImportCancelled;
      if (!cancelled) this.logger.error(`import ${id} failed`, error instanceof Error ? error.stack : error);
      // Staging goes first: once the job reads as ended, nothing of it is left anywhere.
      await this.imports.dropStaging(id).catch(() => undefined);
      await this.imports
        .patch(id, {
          status: cancelled ? 'cancelled' : 'failed',
          failure: cancelled ? null : ('unexpected' satisfies ImportFailureCode),
          finishedAt: new Date(),
        })
        .catch(() => undefined);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Every check, in the caller's transaction; answers how many problems were found. */
  async check(tx: Tx, id: string, source: string, width: number, metrics: StagedMetrics): Promise<number> {
    await this.imports.rowChecks(tx, id, width, metrics);
    const emails = await this.imports.distinctEmails(tx, id);
    await this.imports.loadPeople(tx, id, await this.people.employeeIdsByEmail(tx, emails));
    const rowProblems = await this.imports.problemCount(tx, id);
    await this.imports.setChecks(tx, id, source, metrics, rowProblems > 0);
    return this.imports.problemCount(tx, id);
  }
}
