import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity, UserEntity } from '@cadre/api/identity';
import type { StatementStatus } from '@cadre/shared/contracts';
import { PlanVersionEntity } from '../plans/plan.entity';
import { CommissionRunEntity } from '../runs/run.entity';

/**
 * One person's commission statement for one period, as a run computed it: the engine's
 * statement (lines and traces) and its totals as numeric columns. Draft → approved by the
 * payee's manager → approved by finance, which locks it; a locked statement never changes.
 */
@Entity('commission_statements')
@Index('ux_commission_statements_version', ['employeeId', 'periodKey', 'version'], { unique: true })
@Index('ix_commission_statements_period', ['periodKey', 'status'])
@Index('ix_commission_statements_run', ['runId'])
@Check('ck_commission_statements_status', `status in ('draft', 'manager_approved', 'locked', 'recalculated')`)
@Check(
  'ck_commission_statements_four_eyes',
  `finance_approved_by_user_id is null or finance_approved_by_user_id <> manager_approved_by_user_id`,
)
export class CommissionStatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  runId!: string;

  @ManyToOne(() => CommissionRunEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_commission_statements_run' })
  run?: CommissionRunEntity;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_commission_statements_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'text' })
  periodKey!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'uuid' })
  planVersionId!: string;

  @ManyToOne(() => PlanVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_version_id', foreignKeyConstraintName: 'fk_commission_statements_plan_version' })
  planVersion?: PlanVersionEntity;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'numeric' })
  earnings!: string;

  @Column({ type: 'numeric' })
  payout!: string;

  @Column({ type: 'numeric' })
  recovered!: string;

  /** What the payee owes after this period: the next period's opening balance. */
  @Column({ type: 'numeric' })
  balance!: string;

  /** The engine's statement: lines with traces, the settlement trace. */
  @Column({ type: 'jsonb' })
  calculation!: Record<string, unknown>;

  @Column({ type: 'text' })
  status!: StatementStatus;

  @Column({ type: 'uuid', nullable: true })
  managerApprovedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'manager_approved_by_user_id',
    foreignKeyConstraintName: 'fk_commission_statements_manager_approver',
  })
  managerApprovedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  managerApprovedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  financeApprovedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'finance_approved_by_user_id',
    foreignKeyConstraintName: 'fk_commission_statements_finance_approver',
  })
  financeApprovedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  financeApprovedAt!: Date | null;

  /** Why the statement was sent back to draft, until it is approved again. */
  @Column({ type: 'text', nullable: true })
  rejection!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The approval trail of a statement, as its reader sees it. */
@Entity('commission_statement_events')
@Index('ix_commission_statement_events_statement', ['statementId', 'at'])
@Check(
  'ck_commission_statement_events_action',
  `action in ('manager_approved', 'finance_approved', 'rejected')`,
)
export class StatementEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  statementId!: string;

  @ManyToOne(() => CommissionStatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id', foreignKeyConstraintName: 'fk_commission_statement_events_statement' })
  statement?: CommissionStatementEntity;

  @Column({ type: 'text' })
  action!: 'manager_approved' | 'finance_approved' | 'rejected';

  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_user_id', foreignKeyConstraintName: 'fk_commission_statement_events_user' })
  by?: UserEntity;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
