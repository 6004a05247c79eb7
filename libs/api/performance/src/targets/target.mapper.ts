import Decimal from 'decimal.js';
import type { TargetBalance, TargetDto } from '@cadre/shared/contracts';
import type { TargetRow } from './targets.repository';

export function targetBalance(value: string, childCount: number, childSum: string): TargetBalance | null {
  if (!childCount) return null;
  const cmp = new Decimal(childSum).comparedTo(value);
  return cmp === 0 ? 'exact' : cmp < 0 ? 'under' : 'over';
}

export function toTargetDto(t: TargetRow): TargetDto {
  return {
    id: t.id,
    metricId: t.metricId,
    metricCode: t.metricCode,
    periodId: t.periodId,
    periodKey: t.periodKey,
    employeeId: t.employeeId,
    employeeName: t.employeeName,
    orgUnitId: t.orgUnitId,
    orgUnitName: t.orgUnitName,
    orgUnitKind: t.orgUnitKind,
    value: t.value,
    specific: t.specific,
    measurable: t.measurable,
    achievable: t.achievable,
    relevant: t.relevant,
    timeBound: t.timeBound,
    ownerId: t.ownerId,
    ownerName: t.ownerName,
    parentId: t.parentId,
    weight: t.weight,
    acknowledgedAt: t.acknowledgedAt?.toISOString() ?? null,
    children: {
      count: t.childCount,
      sum: new Decimal(t.childSum).toString(),
      balance: targetBalance(t.value, t.childCount, t.childSum),
    },
    updatedAt: t.updatedAt.toISOString(),
  };
}
