import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { RunKind, RunProblemDto } from '@cadre/shared/contracts';
import { CommissionRunEntity } from './run.entity';

export interface ClaimedRun {
  id: string;
  periodKey: string;
  kind: RunKind;
  leaseToken: string;
  attempts: number;
}

/** A run that a worker process died on is retried this many times, then failed. */
export const MAX_RUN_ATTEMPTS = 5;

/**
 * The runs table is the queue. Claims skip rows another worker has locked, a lease says how
 * long a claim holds, and every write a worker makes names its lease token: a worker whose
 * lease ran out (it stalled, or another took over) can no longer change the run.
 */
@Injectable()
export class RunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues a run of the period, or answers the one already queued or running (with its kind). */
  async request(
    periodKey: string,
    userId: string,
    kind: RunKind,
  ): Promise<{ id: string; created: boolean; kind: RunKind }> {
    const rows = await selectRows<{ id: string }>(
      this.dataSource,
      `insert into commission_runs (period_key, status, kind, requested_by_user_id) values ($1, 'queued', $3, $2)
       on conflict (period_key) where status in ('queued', 'running') do nothing returning id`,
      [periodKey, userId, kind],
    );
    if (rows[0]) return { id: rows[0].id, created: true, kind };
    const active = await selectRows<{ id: string; kind: RunKind }>(
      this.dataSource,
      `select id, kind from commission_runs where period_key = $1 and status in ('queued', 'running')`,
      [periodKey],
    );
    if (active[0]) return { ...active[0], created: false };
    // It finished between the two statements: ask again.
    return this.request(periodKey, userId, kind);
  }

  list(limit = 50): Promise<CommissionRunEntity[]> {
    return this.dataSource.manager.find(CommissionRunEntity, {
      order: { requestedAt: 'DESC', periodKey: 'DESC' },
      take: limit,
    });
  }

  byId(id: string): Promise<CommissionRunEntity | null> {
    return this.dataSource.manager.findOneBy(CommissionRunEntity, { id });
  }

  /**
   * Claims the oldest run waiting (or whose worker's lease ran out), in the same statement
   * failing those that have been tried too often.
   */
  async claim(workerId: string, leaseSeconds: number): Promise<ClaimedRun | null> {
    const rows = await selectRows<ClaimedRun>(
      this.dataSource,
      `with exhausted as (
         -- Runs whose workers died too often: failed, so that they stop being retried.
         update commission_runs set status = 'failed', failure = 'worker_lost', lease_token = null, finished_at = now()
          where status = 'running' and lease_until < now() and attempts >= $3
         returning id),
       next as (
         select id from commission_runs
          where (status = 'queued' or (status = 'running' and lease_until < now())) and attempts < $3
          order by requested_at
          for update skip locked
          limit 1),
       claimed as (
         update commission_runs r
            set status = 'running', lease_token = gen_random_uuid(), worker_id = $1, attempts = r.attempts + 1,
                lease_until = now() + make_interval(secs => $2), started_at = coalesce(r.started_at, now()),
                payees_done = 0
           from next where r.id = next.id
         returning r.id, r.period_key as "periodKey", r.kind, r.lease_token as "leaseToken", r.attempts)
       select * from claimed`,
      [workerId, leaseSeconds, MAX_RUN_ATTEMPTS],
    );
    return rows[0] ?? null;
  }

  /** Extends the lease and reports progress; false when the lease is no longer this worker's. */
  async renew(
    run: ClaimedRun,
    leaseSeconds: number,
    progress: { payeesTotal: number; payeesDone: number },
  ): Promise<boolean> {
    const rows = await selectRows<{ id: string }>(
      this.dataSource,
      `with renewed as (
         update commission_runs set lease_until = now() + make_interval(secs => $3), payees_total = $4, payees_done = $5
          where id = $1 and lease_token = $2 and status = 'running'
         returning id)
       select id from renewed`,
      [run.id, run.leaseToken, leaseSeconds, progress.payeesTotal, progress.payeesDone],
    );
    return rows.length === 1;
  }

  /**
   * Marks the run done inside the transaction that wrote its statements, only while the
   * lease is still this worker's; the row lock makes a second worker's commit wait and fail.
   */
  async finish(
    tx: Tx,
    run: ClaimedRun,
    counts: {
      payeesTotal: number;
      statementsWritten: number;
      keptApproved: number;
      problems: RunProblemDto[];
    },
  ): Promise<boolean> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `with finished as (
         update commission_runs
            set status = 'succeeded', lease_token = null, lease_until = null, finished_at = now(),
                payees_total = $3, payees_done = $3, statements_written = $4, kept_approved = $5, problems = $6::jsonb
          where id = $1 and lease_token = $2 and status = 'running'
         returning id)
       select id from finished`,
      [
        run.id,
        run.leaseToken,
        counts.payeesTotal,
        counts.statementsWritten,
        counts.keptApproved,
        JSON.stringify(counts.problems),
      ],
    );
    return rows.length === 1;
  }

  async fail(run: ClaimedRun, failure: string): Promise<void> {
    await this.dataSource.query(
      `update commission_runs set status = 'failed', failure = $3, lease_token = null, lease_until = null, finished_at = now()
        where id = $1 and lease_token = $2`,
      [run.id, run.leaseToken, failure.slice(0, 2000)],
    );
  }
}
