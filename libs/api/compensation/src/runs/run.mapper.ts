import type { RunDto } from '@cadre/shared/contracts';
import type { CommissionRunEntity } from './run.entity';

export function toRunDto(r: CommissionRunEntity): RunDto {
  return {
    id: r.id,
    period: r.periodKey,
    kind: r.kind,
    status: r.status,
    payeesTotal: r.payeesTotal,
    payeesDone: r.payeesDone,
    statementsWritten: r.statementsWritten,
    keptApproved: r.keptApproved,
    failure: r.failure,
    problems: r.problems,
    requestedAt: r.requestedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
