import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { selectRows, type Tx } from '@cadre/api/core';
import type { ImportProblemCode, ImportStatus } from '@cadre/shared/contracts';
import { STAGING_COLUMNS } from './csv-staging';
import { ImportJobEntity } from './import-job.entity';
import {
  FILE_TRANSACTIONS,
  PARSED_ROWS,
  ROW_CHECKS,
  SET_CHECKS,
  UNKNOWN_PEOPLE,
  VALUE_CHECKS,
  type CheckParam,
} from './import-checks.sql';
import {
  CHANGED_FOR_AUDIT,
  CLASSIFY,
  COUNTS,
  DELETE_CHANGED_CREDITS,
  INSERT_CREDITS,
  INSERT_NEW,
  LINK_REVERSALS,
  NEW_CONTRIBUTIONS,
  TOUCHED,
  UPDATE_CHANGED,
  WITHDRAW_CHANGED,
} from './import-merge.sql';

/** What the checks and the merge need to know about the file's metrics. */
export interface StagedMetrics {
  codes: string[];
  ids: string[];
  /** Most decimals a value may have: the currency's minor unit, 0 for counts. */
  scales: number[];
}

export type JobPatch = Partial<
  Pick<
    ImportJobEntity,
    | 'status'
    | 'bytesRead'
    | 'rowsRead'
    | 'rowsValidated'
    | 'rowsMerged'
    | 'problemCount'
    | 'createdCount'
    | 'updatedCount'
    | 'unchangedCount'
    | 'failure'
    | 'failureParams'
    | 'finishedAt'
    | 'columnMap'
  >
>;

export interface ImportJobRow {
  id: string;
  source: string;
  fileName: string;
  status: ImportStatus;
  bytesRead: number;
  rowsRead: number;
  rowsValidated: number;
  rowsMerged: number;
  problemCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  cancelRequested: boolean;
  failure: string | null;
  failureParams: Record<string, string | number> | null;
  columnMap: Record<string, string>;
  metricCodes: string[];
  requestedByUserId: string | null;
  requestedByName: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface ProblemKey {
  row: number;
  column: string;
  code: string;
}

export interface ProblemRow {
  row: number;
  column: string;
  value: string;
  code: ImportProblemCode;
  params: Record<string, string | number> | null;
}

/** A job stops being "running" when its process has not touched it for this long. */
const STALE_AFTER = '2 minutes';

/** Imports: the job rows, the staging table (COPY), the checks and the merge. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createJob(
    job: Pick<ImportJobEntity, 'source' | 'fileName' | 'columnMap' | 'metricCodes' | 'requestedByUserId'>,
  ) {
    const rows = await selectRows<{ id: string }>(
      this.dataSource,
      `insert into import_jobs (source, file_name, status, column_map, metric_codes, requested_by_user_id)
       values ($1, $2, 'reading', $3, $4, $5) returning id`,
      [job.source, job.fileName, job.columnMap, job.metricCodes, job.requestedByUserId],
    );
    return rows[0]?.id as string;
  }

  /** Progress and outcome, written outside any transaction so the screen sees it at once. */
  async patch(id: string, patch: JobPatch, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(ImportJobEntity, { id }, { ...patch, heartbeatAt: () => 'now()' } as never);
  }

  /**
   * Whether someone asked the job to stop. In the merge's transaction the row is locked, so
   * a cancel arriving after this answer waits, then finds the job finished.
   */
  async cancelRequested(id: string, tx: Tx | null = null): Promise<boolean> {
    const rows = await selectRows<{ cancel: boolean }>(
      tx ?? this.dataSource,
      `select cancel_requested as cancel from import_jobs where id = $1${tx ? ' for update' : ''}`,
      [id],
    );
    return rows[0]?.cancel ?? true;
  }

  /** Asks a running job to stop; false when it had already finished. */
  async requestCancel(id: string): Promise<boolean> {
    const rows = await selectRows<{ id: string }>(
      this.dataSource,
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      `with asked as (update import_jobs set cancel_requested = true
                        where id = $1 and status in ('reading', 'validating', 'merging') returning id)
       select id from asked`,
      [id],
    );
    return rows.length > 0;
  }

  /** Jobs whose process died (no heartbeat): failed, their staged rows dropped. */
  async sweepStale(): Promise<void> {
    const stale = await selectRows<{ id: string }>(
      this.dataSource,
      `with stale as (
         update import_jobs set status = 'failed', failure = 'interrupted', finished_at = now()
          where status in ('reading', 'validating', 'merging') and heartbeat_at < now() - interval '${STALE_AFTER}'
          returning id)
       select id from stale`,
    );
    if (stale.length)
      await this.dataSource.query(`delete from import_staging_rows where import_id = any($1::uuid[])`, [
        stale.map((s) => s.id),
      ]);
  }

  async dropStaging(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`delete from import_staging_rows where import_id = $1`, [id]);
  }

  async find(id: string): Promise<ImportJobRow | null> {
    return (await this.views(`where j.id = $1`, [id]))[0] ?? null;
  }

  list(limit: number): Promise<ImportJobRow[]> {
    return this.views(`where j.file_name <> '' order by j.created_at desc limit $1`, [limit]);
  }

  private views(where: string, params: unknown[]): Promise<ImportJobRow[]> {
    // Read model: identity's users and employees joined for the requester's name only.
    return selectRows<ImportJobRow>(
      this.dataSource,
      `select j.id, j.source, j.file_name as "fileName", j.status, j.bytes_read::float8 as "bytesRead",
              j.rows_read as "rowsRead", j.rows_validated as "rowsValidated", j.rows_merged as "rowsMerged",
              j.problem_count as "problemCount", j.created_count as "createdCount",
              j.updated_count as "updatedCount", j.unchanged_count as "unchangedCount",
              j.cancel_requested as "cancelRequested", j.failure, j.failure_params as "failureParams",
              j.column_map as "columnMap", j.metric_codes as "metricCodes",
              j.requested_by_user_id as "requestedByUserId", coalesce(e.full_name, u.email) as "requestedByName",
              j.created_at as "createdAt", j.finished_at as "finishedAt"
         from import_jobs j
         left join users u on u.id = j.requested_by_user_id
         left join employees e on e.user_id = u.id
         ${where}`,
      params,
    );
  }

  /** The first `limit` problems after `after`, in file order. */
  problems(
    id: string,
    after: ProblemKey | null,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return selectRows<ProblemRow>(
      manager,
      `select row_no as row, column_name as column, value, code, params
         from import_problems
        where import_id = $1 and ($2::int is null or (row_no, column_name, code) > ($2, $3, $4))
        order by row_no, column_name, code limit $5`,
      [id, after?.row ?? null, after?.column ?? null, after?.code ?? null, limit],
    );
  }

  /**
   * Runs `stage` with a COPY … FROM STDIN of the staging table on a connection of its own,
   * without a statement time limit: a large upload may take minutes.
   */
  async copyStaging<T>(stage: (copy: Writable) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner() as PostgresQueryRunner;
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    try {
      await client.query(`set statement_timeout = 0`);
      const copy = client.query(
        copyFrom(`copy import_staging_rows (${STAGING_COLUMNS.join(', ')}) from stdin`),
      );
      return await stage(copy);
    } finally {
      await client.query(`reset statement_timeout`).catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * Opens the transaction a job's checks and merge run in, on a connection of its own, and
   * takes the credits lock: merges, single writes and period closes happen one at a time.
   */
  async inMergeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`set local statement_timeout = '30min'`);
      await this.lockCredits(runner.manager);
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  async lockCredits(tx: Tx): Promise<void> {
    await tx.query(`select pg_advisory_xact_lock(hashtext('performance.credits'))`);
  }

  /** Stages rows given as values (the single-transaction API), in the caller's transaction. */
  async stageRows(tx: Tx, importId: string, rows: StagedRow[]): Promise<void> {
    await tx.query(
      `insert into import_staging_rows (${STAGING_COLUMNS.join(', ')})
       select $1, r.row_no, r.field_count, r.external_id, r.occurred_on, r.employee, r.share, r.overlay, r.reverses,
              r.customer, r.product_line, r.region, r.segment,
              array(select jsonb_array_elements_text(r.metric_values))
         from jsonb_to_recordset($2::jsonb) as r(row_no int, field_count int, external_id text, occurred_on text,
              employee text, share text, overlay text, reverses text, customer text, product_line text, region text,
              segment text, metric_values jsonb)`,
      [importId, JSON.stringify(rows)],
    );
  }

  // ---- Checks ------------------------------------------------------------------------

  async rowChecks(tx: Tx, importId: string, width: number, metrics: StagedMetrics): Promise<void> {
    await tx.query(ROW_CHECKS, [importId, width]);
    await tx.query(VALUE_CHECKS, [importId, metrics.codes, metrics.scales]);
  }

  async distinctEmails(tx: Tx, importId: string): Promise<string[]> {
    const rows = await selectRows<{ emails: string[] | null }>(
      tx,
      `select array_agg(distinct lower(trim(employee))) as emails
         from import_staging_rows where import_id = $1 and coalesce(employee, '') <> ''`,
      [importId],
    );
    return rows[0]?.emails ?? [];
  }

  /** The people identity resolved, as a temporary table the checks and the merge join. */
  async loadPeople(tx: Tx, importId: string, people: Map<string, string>): Promise<void> {
    await tx.query(
      `create temp table import_people (email text primary key, employee_id uuid not null) on commit drop`,
    );
    await tx.query(`insert into import_people select * from unnest($1::text[], $2::uuid[])`, [
      [...people.keys()],
      [...people.values()],
    ]);
    await tx.query(UNKNOWN_PEOPLE, [importId]);
  }

  async problemCount(tx: Tx, importId: string): Promise<number> {
    const rows = await selectRows<{ n: number }>(
      tx,
      `select count(*)::int as n from import_problems where import_id = $1`,
      [importId],
    );
    return rows[0]?.n ?? 0;
  }

  async setChecks(tx: Tx, importId: string, source: string, metrics: StagedMetrics, anyProblems: boolean) {
    await tx.query(PARSED_ROWS, [importId, anyProblems]);
    await tx.query(FILE_TRANSACTIONS, [metrics.codes]);
    const values: Record<CheckParam, unknown> = { import: importId, codes: metrics.codes, source };
    for (const check of SET_CHECKS)
      await tx.query(
        check.sql,
        check.params.map((p) => values[p]),
      );
  }

  // ---- Merge -------------------------------------------------------------------------

  async classify(tx: Tx, source: string): Promise<{ created: number; updated: number; unchanged: number }> {
    await tx.query(CLASSIFY, [source]);
    const rows = await selectRows<{ created: number; updated: number; unchanged: number }>(tx, COUNTS);
    return rows[0] ?? { created: 0, updated: 0, unchanged: 0 };
  }

  /** Every statement of the merge after classifying, in order; `step` runs between them. */
  async merge(tx: Tx, source: string, metrics: StagedMetrics, step: () => Promise<void>): Promise<void> {
    await tx.query(WITHDRAW_CHANGED);
    await tx.query(DELETE_CHANGED_CREDITS);
    await tx.query(UPDATE_CHANGED);
    await step();
    await tx.query(INSERT_NEW, [source]);
    await tx.query(TOUCHED);
    await tx.query(LINK_REVERSALS, [source]);
    await step();
    await tx.query(INSERT_CREDITS);
    await tx.query(NEW_CONTRIBUTIONS, [metrics.ids]);
  }

  changedForAudit(): { sql: string; params: unknown[] } {
    return { sql: CHANGED_FOR_AUDIT, params: [] };
  }
}

/** A staged row as the single-transaction API gives it (every value text, as a file's would be). */
export interface StagedRow {
  row_no: number;
  field_count: number;
  external_id: string;
  occurred_on: string;
  employee: string;
  share: string;
  overlay: string;
  reverses: string;
  customer: string;
  product_line: string;
  region: string;
  segment: string;
  metric_values: (string | null)[];
}
