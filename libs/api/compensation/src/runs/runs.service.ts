import { Injectable } from '@nestjs/common';
import { ConflictError, InvalidInputError, NotFoundError, type Principal } from '@cadre/api/core';
import { todayIso } from '@cadre/shared/util';
import type { RunDto, RunKind } from '@cadre/shared/contracts';
import { StatementsRepository } from '../statements/statements.repository';
import { toRunDto } from './run.mapper';
import { periodOfKey } from './run-periods';
import { RunsRepository } from './runs.repository';

/** Finance asks for a period to be calculated; a worker process does it (run-worker.ts). */
@Injectable()
export class RunsService {
  constructor(
    private readonly runs: RunsRepository,
    private readonly statements: StatementsRepository,
  ) {}

  /**
   * Queues a run of a period that has begun and is not locked. Asking again while one is
   * queued or running answers that one: a run is never calculated twice at once.
   */
  async request(p: Principal, periodKey: string, kind: RunKind = 'period'): Promise<RunDto> {
    const period = periodOfKey(periodKey);
    if (!period)
      throw InvalidInputError.field('period', `"${periodKey}" is not a month or a quarter`, 'format');
    if (period.first > todayIso())
      throw InvalidInputError.field('period', `${periodKey} has not started yet`, 'future_period');
    const counts = await this.statements.countsOf(periodKey);
    if (kind === 'period' && counts.total > 0 && counts.locked === counts.total)
      throw new ConflictError(
        `Every statement of ${periodKey} is locked: a locked period is recalculated, not calculated again`,
        'period_locked',
      );
    if (kind === 'recalculation' && counts.locked === 0)
      throw new ConflictError(`Nothing of ${periodKey} is locked: calculate it instead`, 'nothing_locked');
    const run = await this.runs.request(periodKey, p.userId, kind);
    if (run.kind !== kind)
      throw new ConflictError(
        `A ${run.kind} of ${periodKey} is in progress: wait for it to finish`,
        'run_in_progress',
      );
    return this.get(run.id);
  }

  /**
   * A locked period whose credits changed (a late deal, a cancellation): new versions of
   * its locked statements for comparison, the differences paid on the next statements.
   */
  recalculate(p: Principal, periodKey: string): Promise<RunDto> {
    return this.request(p, periodKey, 'recalculation');
  }

  async list(): Promise<RunDto[]> {
    return (await this.runs.list()).map(toRunDto);
  }

  async get(id: string): Promise<RunDto> {
    const run = await this.runs.byId(id);
    if (!run) throw new NotFoundError('Run', id);
    return toRunDto(run);
  }
}
