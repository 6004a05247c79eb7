import { Inject, Injectable, Logger, Optional, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { RunCalculator } from './run-calculator';
import { RunsRepository, type ClaimedRun } from './runs.repository';

/** How long a claim holds without renewal; a worker renews it every third of that. */
export const RUN_LEASE_SECONDS = Symbol('RUN_LEASE_SECONDS');
const DEFAULT_LEASE_SECONDS = 60;
/** How often an idle worker looks for work. */
const IDLE_POLL_MS = 1000;

class LeaseLostError extends Error {
  constructor(run: ClaimedRun) {
    super(`run ${run.id}: the lease passed to another worker`);
  }
}

/**
 * A worker process's loop: claim a run, calculate it in one transaction, commit its
 * statements together with `succeeded` while the lease is still ours. A worker killed
 * mid-run commits nothing; its lease runs out and another worker (or this one, restarted)
 * calculates the run again from the start. Progress and lease renewals are written on a
 * second pooled connection beside the run's transaction, so that they are seen at once;
 * a worker calculates one run at a time, so it holds at most two connections.
 */
@Injectable()
export class RunWorker implements OnApplicationShutdown {
  private readonly logger = new Logger('RunWorker');
  private readonly leaseSeconds: number;
  private stopping = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly runs: RunsRepository,
    private readonly calculator: RunCalculator,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(RUN_LEASE_SECONDS) leaseSeconds?: number,
  ) {
    this.leaseSeconds = leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  }

  /** Starts looking for runs until the application shuts down. */
  start(workerId = `${hostname()}:${process.pid}`): void {
    if (this.loop) return;
    this.logger.log(`worker ${workerId} waiting for commission runs`);
    this.loop = (async () => {
      while (!this.stopping) {
        const worked = await this.runOnce(workerId).catch((error: unknown) => {
          this.logger.error(error instanceof Error ? error.message : String(error));
          return false;
        });
        if (!worked) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
      }
    })();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  /** Claims and calculates one run; false when there was none to claim. */
  async runOnce(workerId: string): Promise<boolean> {
    const run = await this.runs.claim(workerId, this.leaseSeconds);
    if (!run) return false;
    this.logger.log(`run ${run.id} (${run.periodKey}), attempt ${run.attempts}`);
    let progress = { payeesTotal: 0, payeesDone: 0 };
    let lost = false;
    const renew = async () => {
      if (!(await this.runs.renew(run, this.leaseSeconds, progress))) lost = true;
    };
    const heartbeat = setInterval(() => void renew().catch(() => undefined), (this.leaseSeconds * 1000) / 3);
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      const outcome = await this.calculator.calculate(
        runner.manager,
        run.id,
        run.periodKey,
        async (done, total) => {
          progress = { payeesTotal: total, payeesDone: done };
          await renew();
          if (lost) throw new LeaseLostError(run);
        },
        run.kind,
      );
      if (!(await this.runs.finish(runner.manager, run, outcome))) throw new LeaseLostError(run);
      await runner.commitTransaction();
      this.logger.log(`run ${run.id}: ${outcome.statementsWritten} statements, ${outcome.keptApproved} kept`);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (error instanceof LeaseLostError) this.logger.warn(error.message);
      else {
        this.logger.error(
          `run ${run.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
        );
        await this.runs.fail(run, error instanceof Error ? error.message : String(error));
      }
    } finally {
      clearInterval(heartbeat);
      await runner.release();
    }
    return true;
  }
}
