import type { PlanDto, PlanVersionDto } from '@cadre/shared/contracts';
import type { PlanVersionEntity } from './plan.entity';
import type { PlanListRow } from './plans.repository';

export function toPlanVersionDto(v: PlanVersionEntity): PlanVersionDto {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    effectiveFrom: v.effectiveFrom,
    document: v.document,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
  };
}

export function toPlanDto(plan: PlanListRow, versions: PlanVersionEntity[]): PlanDto {
  return {
    id: plan.id,
    code: plan.code,
    name: plan.name,
    currency: plan.currency,
    period: plan.period,
    assignments: plan.assignments,
    versions: versions.filter((v) => v.planId === plan.id).map(toPlanVersionDto),
  };
}
