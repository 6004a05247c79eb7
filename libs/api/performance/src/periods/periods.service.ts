import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import type { FiscalCalendarDto, FiscalPeriodDto } from '@cadre/shared/contracts';
import { ImportsRepository } from '../imports/imports.repository';
import { PeriodsRepository, type PeriodRow } from './periods.repository';

export function toPeriodDto(p: PeriodRow): FiscalPeriodDto {
  return {
    id: p.id,
    kind: p.kind,
    key: p.key,
    fiscalYear: p.fiscalYear,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    closed: p.closed,
    closedAt: p.closedAt?.toISOString() ?? null,
  };
}

/** The fiscal calendar: years of months, quarters and years; months close, never reopen. */
@Injectable()
export class PeriodsService {
  constructor(
    private readonly periods: PeriodsRepository,
    private readonly credits: ImportsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async calendar(): Promise<FiscalCalendarDto> {
    const [yearStartMonth, periods] = await Promise.all([this.periods.yearStartMonth(), this.periods.all()]);
    return { yearStartMonth, periods: periods.map(toPeriodDto) };
  }

  async createYear(fiscalYear: number): Promise<FiscalCalendarDto> {
    await this.transactions.run(async (tx) => {
      const added = await this.periods.createYear(tx, fiscalYear, await this.periods.yearStartMonth(tx));
      if (added)
        await this.audit.record(tx, {
          action: 'fiscal_year.create',
          entityType: 'fiscal_year',
          entityId: String(fiscalYear),
          after: { fiscalYear, periods: added },
        });
    });
    return this.calendar();
  }

  /**
   * Closes a month (or every month of a quarter or year). Under the credits lock: an import
   * merging into the month either finished before or sees it closed.
   */
  async close(principal: Principal, periodId: string): Promise<FiscalPeriodDto> {
    return this.transactions.run(async (tx) => {
      await this.credits.lockCredits(tx);
      const period = await this.periods.byId(periodId, tx);
      if (!period) throw new NotFoundError('Period', periodId);
      if (period.closed) throw new ConflictError(`${period.key} is already closed`, 'period_closed');
      const months = await this.periods.close(tx, period, principal.userId);
      await this.audit.record(tx, {
        action: 'period.close',
        entityType: 'fiscal_period',
        entityId: period.id,
        before: { closed: false },
        after: { closed: true, months },
      });
      const closed = await this.periods.byId(periodId, tx);
      if (!closed) throw new NotFoundError('Period', periodId);
      return toPeriodDto(closed);
    });
  }

  async periodByKey(key: string): Promise<PeriodRow> {
    const period = await this.periods.byKey(key);
    if (!period) throw InvalidInputError.field('period', `No fiscal period "${key}"`, 'no_such_record');
    return period;
  }
}
