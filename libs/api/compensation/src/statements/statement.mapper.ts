import type { Statement } from '@cadre/compensation/engine';
import type { StatementDto, StatementSummaryDto } from '@cadre/shared/contracts';
import type { StatementRow } from './statements.repository';

export function toStatementSummaryDto(r: StatementRow): StatementSummaryDto {
  return {
    id: r.id,
    employeeId: r.employeeId,
    fullName: r.fullName,
    period: r.periodKey,
    version: r.version,
    currency: r.currency,
    earnings: r.earnings,
    payout: r.payout,
    balance: r.balance,
    status: r.status,
    previousPayout: r.previousPayout,
    managerApprovedBy: r.managerApprovedBy,
    financeApprovedBy: r.financeApprovedBy,
    rejection: r.rejection,
  };
}

export function toStatementDto(
  r: StatementRow,
  calculation: Statement,
  extra: Pick<
    StatementDto,
    'earningsToDate' | 'history' | 'adjustments' | 'disputes' | 'recalculations' | 'metrics'
  >,
): StatementDto {
  // Attainment next to pay: each metric the plan measures against a quota, once.
  const attainment = new Map<string, StatementDto['attainment'][number]>();
  for (const line of calculation.lines)
    if (line.trace.quota !== null && !attainment.has(line.trace.metric))
      attainment.set(line.trace.metric, {
        metric: line.trace.metric,
        total: line.trace.basis,
        quota: line.trace.quota,
      });
  return {
    ...toStatementSummaryDto(r),
    recovered: r.recovered,
    planCode: r.planCode,
    planVersion: r.planVersion,
    calculation: calculation as unknown as Record<string, unknown>,
    attainment: [...attainment.values()],
    ...extra,
  };
}

/** The metrics a statement's lines and their gates read, each once. */
export function metricsRead(calculation: Statement): string[] {
  const codes = new Set<string>();
  for (const line of calculation.lines) {
    codes.add(line.trace.metric);
    if (line.trace.zeroedBy?.reason === 'gate') codes.add(line.trace.zeroedBy.metric);
  }
  return [...codes];
}
