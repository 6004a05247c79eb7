import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { InvalidInputError, NotFoundError, type Principal } from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { todayIso } from '@cadre/shared/util';
import type {
  AttainmentFigureDto,
  CreditedTransactionDto,
  MyPerformanceDto,
  PersonAttainmentDto,
  UnitAttainmentDto,
} from '@cadre/shared/contracts';
import { toMetricDto } from '../metrics/metric.mapper';
import { MetricsRepository } from '../metrics/metrics.repository';
import { PeriodsRepository, type PeriodRow } from '../periods/periods.repository';
import { AttainmentRepository, type FigureRow } from './attainment.repository';

/** The most transactions a drill-down lists. */
const DRILL_LIMIT = 500;

export function attainmentOf(actual: string | null, target: string | null): string | null {
  if (target === null || actual === null) return null;
  const t = new Decimal(target);
  return t.isZero() ? null : new Decimal(actual).dividedBy(t).toDecimalPlaces(4).toString();
}

/** Actual, target and attainment for people and units the caller may see. */
@Injectable()
export class AttainmentService {
  constructor(
    private readonly attainment: AttainmentRepository,
    private readonly metrics: MetricsRepository,
    private readonly periods: PeriodsRepository,
    private readonly access: EmployeeAccess,
  ) {}

  /** People in a unit's subtree (or everyone the caller may see), each with every metric. */
  async people(
    principal: Principal,
    periodKey: string,
    orgUnitId: string | null,
  ): Promise<PersonAttainmentDto[]> {
    const period = await this.period(periodKey);
    if (orgUnitId) await this.access.assertCanSeeUnit(principal, orgUnitId);
    const visible = await this.access.visibleEmployees(principal);
    if (!orgUnitId && visible.all)
      throw InvalidInputError.field(
        'orgUnitId',
        'Choose a unit: the whole organisation is read unit by unit',
        'required',
      );
    // Those on the books during the period: someone hired later has nothing in it to show or review.
    const people = orgUnitId
      ? (await this.attainment.peopleInUnit(orgUnitId, period.endsOn)).filter(
          (p) => visible.all || visible.ids.includes(p.id),
        )
      : await this.attainment.names(visible.all ? [] : visible.ids, period.endsOn);
    const figures = await this.figures(
      await this.attainment.people(
        people.map((p) => p.id),
        period.startsOn,
        period.endsOn,
        period.id,
      ),
    );
    return people.map((p) => ({
      employeeId: p.id,
      fullName: p.fullName,
      orgUnitName: p.orgUnitName,
      figures: figures(p.id),
    }));
  }

  async units(principal: Principal, periodKey: string): Promise<UnitAttainmentDto[]> {
    const period = await this.period(periodKey);
    const visible = await this.access.visibleUnits(principal);
    if (!visible.all && !visible.ids.length) return [];
    const ids = visible.all ? null : visible.ids;
    const [units, rows] = await Promise.all([
      this.attainment.unitViews(ids),
      this.attainment.units(ids, period.startsOn, period.endsOn, period.id),
    ]);
    const figures = await this.figures(rows);
    return units.map((u) => ({
      orgUnitId: u.id,
      name: u.name,
      kind: u.kind,
      parentId: u.parentId,
      headcount: u.headcount,
      figures: figures(u.id),
    }));
  }

  async mine(principal: Principal, employeeId: string | null): Promise<MyPerformanceDto> {
    const who = employeeId ?? principal.employeeId;
    if (!who) throw new NotFoundError('Employee');
    await this.access.assertCanSee(principal, who);
    const [name] = await this.attainment.names([who], null);
    if (!name) throw new NotFoundError('Employee', who);
    const containing = await this.periods.containing(todayIso());
    const month = containing.find((p) => p.kind === 'month');
    const quarter = containing.find((p) => p.kind === 'quarter');
    const year = containing.find((p) => p.kind === 'year');
    const metrics = await this.metrics.all();
    const read = async (p: PeriodRow | undefined) =>
      p ? (await this.figures(await this.attainment.people([who], p.startsOn, p.endsOn, p.id)))(who) : [];
    // The year's months in one grouped query, not one query per month.
    const monthRows = year ? await this.attainment.monthsOfPerson(who, year.startsOn, year.endsOn) : [];
    const codes = new Map(metrics.map((m) => [m.id, m.code]));
    const trend: MyPerformanceDto['trend'] = [];
    for (const row of monthRows) {
      if (trend.at(-1)?.month !== row.month) trend.push({ month: row.month, figures: [] });
      trend.at(-1)?.figures.push({
        metricCode: codes.get(row.metricId) ?? '',
        actual: new Decimal(row.actual ?? '0').toString(),
        target: row.target,
      });
    }
    return {
      employeeId: who,
      fullName: name.fullName,
      metrics: metrics.map(toMetricDto),
      month: { key: month?.key ?? '', figures: await read(month) },
      quarter: { key: quarter?.key ?? '', figures: await read(quarter) },
      trend,
    };
  }

  async transactions(
    principal: Principal,
    employeeId: string,
    metricCode: string,
    periodKey: string,
  ): Promise<CreditedTransactionDto[]> {
    await this.access.assertCanSee(principal, employeeId);
    const period = await this.period(periodKey);
    if (!(await this.metrics.findByCode(metricCode)))
      throw InvalidInputError.field('metric', `No metric "${metricCode}"`, 'no_such_record');
    return this.attainment.transactions(employeeId, metricCode, period.startsOn, period.endsOn, DRILL_LIMIT);
  }

  /** One person's figures for a period, without an access check: the caller has made it. */
  async figuresOf(employeeId: string, period: PeriodRow): Promise<AttainmentFigureDto[]> {
    const rows = await this.attainment.people([employeeId], period.startsOn, period.endsOn, period.id);
    return (await this.figures(rows))(employeeId);
  }

  private async period(key: string): Promise<PeriodRow> {
    const period = await this.periods.byKey(key);
    if (!period) throw InvalidInputError.field('period', `No fiscal period "${key}"`, 'no_such_record');
    return period;
  }

  private async figures(rows: FigureRow[]): Promise<(holderId: string) => AttainmentFigureDto[]> {
    const metrics = await this.metrics.all();
    const byHolder = new Map<string, FigureRow[]>();
    for (const row of rows) byHolder.set(row.holderId, [...(byHolder.get(row.holderId) ?? []), row]);
    return (holderId) =>
      metrics.map((m) => {
        const row = byHolder.get(holderId)?.find((r) => r.metricId === m.id);
        const actual = new Decimal(row?.actual ?? '0').toString();
        const target = row?.target ?? null;
        return {
          metricId: m.id,
          metricCode: m.code,
          actual,
          target,
          attainment: attainmentOf(actual, target),
        };
      });
  }
}
