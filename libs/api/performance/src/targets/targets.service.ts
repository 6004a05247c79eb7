import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import {
  AuditService,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import type {
  CascadeChoicesDto,
  CascadeTargetRequest,
  SetTargetRequest,
  SmartText,
  TargetDto,
  TargetQuery,
  UpdateTargetRequest,
} from '@cadre/shared/contracts';
import { MetricsRepository } from '../metrics/metrics.repository';
import { metricScale } from '../metrics/metric-scale';
import { PeriodsRepository } from '../periods/periods.repository';
import type { TargetEntity } from './target.entity';
import { toTargetDto } from './target.mapper';
import { TargetsRepository } from './targets.repository';

const SMART_FIELDS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

/**
 * Targets per person or unit, metric and period. Managers set them inside their subtree
 * (never their own), HR and admin anywhere; the person acknowledges their own. A unit's
 * target cascades to its child units and members by weights or by hand.
 */
@Injectable()
export class TargetsService {
  constructor(
    private readonly targets: TargetsRepository,
    private readonly metrics: MetricsRepository,
    private readonly periods: PeriodsRepository,
    private readonly access: EmployeeAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: TargetQuery): Promise<TargetDto[]> {
    const [people, units] = await Promise.all([
      this.access.visibleEmployees(principal),
      this.access.visibleUnits(principal),
    ]);
    const rows = await this.targets.list({
      ...query,
      employeeIds: people.all ? null : people.ids,
      unitIds: units.all ? null : units.ids,
    });
    return rows.map(toTargetDto);
  }

  async set(principal: Principal, request: SetTargetRequest): Promise<TargetDto> {
    if (!request.employeeId === !request.orgUnitId)
      throw InvalidInputError.field('employeeId', 'Give either a person or an org unit', 'required');
    await this.assertMaySet(principal, request.employeeId ?? null, request.orgUnitId ?? null);
    const metric = (await this.metrics.all()).find((m) => m.id === request.metricId);
    if (!metric) throw InvalidInputError.field('metricId', 'No such metric', 'no_such_record');
    if (!(await this.periods.byId(request.periodId)))
      throw InvalidInputError.field('periodId', 'No such fiscal period', 'no_such_record');
    const value = this.checkedValue('value', request.value, metricScale(metric));
    const id = await this.transactions.run(async (tx) => {
      const holder = {
        metricId: request.metricId,
        periodId: request.periodId,
        employeeId: request.employeeId ?? null,
        orgUnitId: request.orgUnitId ?? null,
      };
      await this.targets.insertIgnoring(tx, {
        ...holder,
        value,
        ownerId: request.employeeId ?? principal.employeeId,
      });
      const target = await this.targets.findHolder(tx, holder);
      if (!target) throw new NotFoundError('Target');
      await this.change(tx, target, { value, ...pickSmart(request) });
      return target.id;
    });
    return this.one(id);
  }

  async update(principal: Principal, id: string, request: UpdateTargetRequest): Promise<TargetDto> {
    const current = await this.one(id);
    await this.assertMaySet(principal, current.employeeId, current.orgUnitId);
    const metric = (await this.metrics.all()).find((m) => m.id === current.metricId);
    const value =
      request.value === undefined
        ? undefined
        : this.checkedValue('value', request.value, metric ? metricScale(metric) : 2);
    await this.transactions.run(async (tx) => {
      const target = await this.targets.findForUpdate(tx, id);
      if (!target) throw new NotFoundError('Target', id);
      await this.change(tx, target, { ...(value === undefined ? {} : { value }), ...pickSmart(request) });
    });
    return this.one(id);
  }

  /**
   * Splits a unit's target to its child units and the people placed in it: by weights (the
   * parts are rounded to the metric's decimals and the remainder goes to the largest, so
   * they add up exactly) or by values typed in (which may not add up: the balance says so).
   */
  async cascade(principal: Principal, id: string, request: CascadeTargetRequest): Promise<TargetDto[]> {
    const current = await this.one(id);
    if (!current.orgUnitId)
      throw InvalidInputError.field('id', "A person's target cannot be split further", 'unit_kind');
    await this.access.assertCanSeeUnit(principal, current.orgUnitId);
    const metric = (await this.metrics.all()).find((m) => m.id === current.metricId);
    const scale = metric ? metricScale(metric) : 2;
    const choices = await this.targets.cascadeChoices(current.orgUnitId);
    const units = new Set(choices.units.map((u) => u.id));
    const people = new Set(choices.people.map((p) => p.id));
    const seen = new Set<string>();
    request.parts.forEach((part, i) => {
      const key = part.employeeId ?? part.orgUnitId ?? '';
      if (!part.employeeId === !part.orgUnitId)
        throw InvalidInputError.field(`parts[${i}]`, 'Give either a person or an org unit', 'required');
      if (part.orgUnitId ? !units.has(part.orgUnitId) : !people.has(part.employeeId ?? ''))
        throw InvalidInputError.field(
          `parts[${i}]`,
          'Targets cascade only to the units directly below and the people placed in the unit',
          'no_such_record',
        );
      if (seen.has(key)) throw InvalidInputError.field(`parts[${i}]`, 'Listed twice', 'listed_twice');
      seen.add(key);
    });
    if (request.mode === 'values') this.splitValues('0', request, scale);
    await this.transactions.run(async (tx) => {
      // The value split is the one under the lock: a change to the parent meanwhile is waited for.
      const parent = await this.targets.findForUpdate(tx, id);
      if (!parent) throw new NotFoundError('Target', id);
      const values = this.splitValues(parent.value, request, scale);
      for (const [i, part] of request.parts.entries()) {
        const value = values[i] ?? '0';
        const holder = {
          metricId: parent.metricId,
          periodId: parent.periodId,
          employeeId: part.employeeId ?? null,
          orgUnitId: part.orgUnitId ?? null,
        };
        await this.targets.insertIgnoring(tx, {
          ...holder,
          value,
          ownerId: part.employeeId ?? null,
        });
        const child = await this.targets.findHolder(tx, holder);
        if (!child) throw new NotFoundError('Target');
        await this.change(tx, child, {
          value,
          parentId: parent.id,
          weight: request.mode === 'weights' && part.weight ? new Decimal(part.weight).toString() : null,
        });
      }
    });
    return (await this.targets.list({ parentId: id, employeeIds: null, unitIds: null })).map(toTargetDto);
  }

  async cascadeChoices(principal: Principal, id: string): Promise<CascadeChoicesDto> {
    const parent = (await this.targets.list({ id, employeeIds: null, unitIds: null }))[0];
    if (!parent) throw new NotFoundError('Target', id);
    if (!parent.orgUnitId) return { units: [], people: [] };
    await this.access.assertCanSeeUnit(principal, parent.orgUnitId);
    return this.targets.cascadeChoices(parent.orgUnitId);
  }

  async acknowledge(principal: Principal, id: string): Promise<TargetDto> {
    await this.transactions.run(async (tx) => {
      const target = await this.targets.findForUpdate(tx, id);
      if (!target) throw new NotFoundError('Target', id);
      if (!principal.employeeId || target.employeeId !== principal.employeeId)
        throw new ForbiddenError('Only the person a target is for acknowledges it');
      if (target.acknowledgedAt) return;
      await this.targets.save(tx, { ...target, acknowledgedAt: new Date() });
      await this.audit.record(tx, {
        action: 'target.acknowledge',
        entityType: 'target',
        entityId: id,
        after: { value: target.value },
      });
    });
    return this.one(id);
  }

  private async one(id: string): Promise<TargetDto> {
    const row = (await this.targets.list({ id, employeeIds: null, unitIds: null }))[0];
    if (!row) throw new NotFoundError('Target', id);
    return toTargetDto(row);
  }

  /** Applies a change and audits it as old → new; a new value needs a new acknowledgement. */
  private async change(tx: Tx, target: TargetEntity, patch: Partial<TargetEntity>): Promise<void> {
    const changed = Object.entries(patch).filter(([key, value]) => {
      const old = target[key as keyof TargetEntity];
      if (key === 'value' || key === 'weight')
        return old === null || value === null ? old !== value : !new Decimal(String(old)).eq(String(value));
      return old !== value;
    });
    if (!changed.length) return;
    const before = Object.fromEntries(changed.map(([key]) => [key, target[key as keyof TargetEntity]]));
    const after = Object.fromEntries(changed);
    const valueChanged = 'value' in after;
    await this.targets.save(tx, { ...target, ...patch, ...(valueChanged ? { acknowledgedAt: null } : {}) });
    await this.audit.record(tx, {
      action: 'target.update',
      entityType: 'target',
      entityId: target.id,
      before,
      after,
    });
  }

  private async assertMaySet(
    principal: Principal,
    employeeId: string | null,
    unitId: string | null,
  ): Promise<void> {
    if (employeeId) {
      await this.access.assertCanSee(principal, employeeId);
      if (employeeId === principal.employeeId && !principal.permissions.includes('performance:manage'))
        throw new ForbiddenError('Your own targets are set by your manager');
    } else if (unitId) await this.access.assertCanSeeUnit(principal, unitId);
  }

  private checkedValue(field: string, value: string, scale: number): string {
    if (!/^\d{1,15}(\.\d+)?$/.test(value))
      throw InvalidInputError.field(
        field,
        'must be a number of at least 0, such as "120000" or "85.5"',
        'number',
      );
    const decimal = new Decimal(value);
    if (decimal.decimalPlaces() > scale)
      throw InvalidInputError.field(field, `must have at most ${scale} decimals`, 'format', { max: scale });
    return decimal.toString();
  }

  private splitValues(parentValue: string, request: CascadeTargetRequest, scale: number): string[] {
    if (request.mode === 'values')
      return request.parts.map((part, i) => this.checkedValue(`parts[${i}].value`, part.value ?? '', scale));
    const weights = request.parts.map((part, i) => {
      if (!part.weight || !/^\d{1,9}(\.\d{1,6})?$/.test(part.weight) || new Decimal(part.weight).isZero())
        throw InvalidInputError.field(`parts[${i}].weight`, 'must be a number above 0', 'too_small', {
          min: 0,
        });
      return new Decimal(part.weight);
    });
    const total = weights.reduce((a, b) => a.plus(b), new Decimal(0));
    const whole = new Decimal(parentValue);
    const parts = weights.map((w) =>
      whole.times(w).dividedBy(total).toDecimalPlaces(scale, Decimal.ROUND_DOWN),
    );
    const remainder = whole.minus(parts.reduce((a, b) => a.plus(b), new Decimal(0)));
    // The remainder of rounding down goes to the largest part (the first of equals).
    const largest = weights.reduce((best, w, i) => (w.gt(weights[best] ?? w) ? i : best), 0);
    return parts.map((p, i) => (i === largest ? p.plus(remainder) : p).toString());
  }
}

function pickSmart(request: Partial<SmartText>): Partial<SmartText> {
  return Object.fromEntries(
    SMART_FIELDS.flatMap((f) => {
      const text = request[f];
      return text === undefined ? [] : [[f, text.trim()]];
    }),
  );
}
