import { Injectable } from '@nestjs/common';
import { ConflictError, InvalidInputError, NotFoundError, type Principal } from '@cadre/api/core';
import { todayIso } from '@cadre/shared/util';
import type { RunDto } from '@cadre/shared/contracts';
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
  async request(p: Principal, periodKey: string): Promise<RunDto> {
    const period = periodOfKey(periodKey);
    if (!period)
      throw InvalidInputError.field('period', `"${periodKey}" is not a month or a quarter`, 'format');
    if (period.first > todayIso())
      throw InvalidInputError.field('period', `${periodKey} has not started yet`, 'future_period');
    const counts = await this.statements.countsOf(periodKey);
    if (counts.total > 0 && counts.locked === counts.total)
      throw new ConflictError(
        `Every statement of ${periodKey} is locked: a locked period is not calculated again`,
        'period_locked',
      );
    const { id } = await this.runs.request(periodKey, p.userId);
    return this.get(id);
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
