import { Injectable } from '@nestjs/common';
import { selectRows } from '../database/select-rows';
import { TransactionRunner, type Tx } from '../database/transaction-runner';

/**
 * Runs a job once per calendar date, however many API processes share the database: the
 * run's row and the job's work commit together, so a second process (or a second call)
 * waits on the row, then finds it and skips; a run that fails leaves no row, and the next
 * call retries it.
 */
@Injectable()
export class DailyJobs {
  constructor(private readonly transactions: TransactionRunner) {}

  async runOnce<T>(
    job: string,
    date: string,
    work: (tx: Tx) => Promise<T>,
  ): Promise<{ ran: true; result: T } | { ran: false }> {
    return this.transactions.run(async (tx) => {
      const claimed = await selectRows<{ job: string }>(
        tx,
        `insert into job_runs (job, run_date) values ($1, $2) on conflict do nothing returning job`,
        [job, date],
      );
      if (!claimed.length) return { ran: false as const };
      return { ran: true as const, result: await work(tx) };
    });
  }
}
