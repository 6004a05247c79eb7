import { PlanAssignmentProposalEntity } from './assignments/assignment-proposal.entity';
import { AssignmentQuotaEntity, PlanAssignmentEntity } from './assignments/assignment.entity';
import { PayAdjustmentEntity, StatementDisputeEntity } from './disputes/dispute.entity';
import { CommissionPlanEntity, PlanVersionEntity } from './plans/plan.entity';
import { CommissionRunEntity } from './runs/run.entity';
import { CommissionStatementEntity, StatementEventEntity } from './statements/statement.entity';

export const COMPENSATION_ENTITIES = [
  CommissionPlanEntity,
  PlanVersionEntity,
  PlanAssignmentEntity,
  AssignmentQuotaEntity,
  PlanAssignmentProposalEntity,
  CommissionRunEntity,
  CommissionStatementEntity,
  StatementEventEntity,
  StatementDisputeEntity,
  PayAdjustmentEntity,
];
