import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmployeeEntity, UserEntity } from '@cadre/api/identity';
import type { DisputeStatus } from '@cadre/shared/contracts';
import { CommissionStatementEntity } from '../statements/statement.entity';

/** A payee's challenge of one line of their locked statement, and how it was settled. */
@Entity('statement_disputes')
@Index('ix_statement_disputes_statement', ['statementId'])
@Index('ix_statement_disputes_open', ['status', 'raisedAt'])
@Check('ck_statement_disputes_status', `status in ('open', 'accepted', 'rejected')`)
@Check('ck_statement_disputes_settled', `(status = 'open') = (resolved_at is null)`)
export class StatementDisputeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  statementId!: string;

  @ManyToOne(() => CommissionStatementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statement_id', foreignKeyConstraintName: 'fk_statement_disputes_statement' })
  statement?: CommissionStatementEntity;

  /** The statement line's component id. */
  @Column({ type: 'text' })
  component!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  status!: DisputeStatus;

  @Column({ type: 'uuid', nullable: true })
  raisedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'raised_by_user_id', foreignKeyConstraintName: 'fk_statement_disputes_raiser' })
  raisedBy?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  resolvedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_user_id', foreignKeyConstraintName: 'fk_statement_disputes_resolver' })
  resolvedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;
}

/**
 * An amount owed to (or by) a payee outside the plan's rules: an accepted dispute. A run
 * puts each pending one on the payee's statement as an adjustment line; a locked statement
 * keeps it, a replaced draft gives it back.
 */
@Entity('pay_adjustments')
@Index('ix_pay_adjustments_pending', ['employeeId'], { where: 'applied_statement_id is null' })
@Check('ck_pay_adjustments_amount', `amount <> 0`)
export class PayAdjustmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_pay_adjustments_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'numeric' })
  amount!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The statement whose line was disputed. */
  @Column({ type: 'uuid' })
  sourceStatementId!: string;

  @ManyToOne(() => CommissionStatementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_statement_id', foreignKeyConstraintName: 'fk_pay_adjustments_source' })
  sourceStatement?: CommissionStatementEntity;

  @Column({ type: 'uuid', nullable: true })
  disputeId!: string | null;

  @ManyToOne(() => StatementDisputeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dispute_id', foreignKeyConstraintName: 'fk_pay_adjustments_dispute' })
  dispute?: StatementDisputeEntity;

  /** The statement that pays it; null until a run includes it (and again if that draft is replaced). */
  @Column({ type: 'uuid', nullable: true })
  appliedStatementId!: string | null;

  @ManyToOne(() => CommissionStatementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applied_statement_id', foreignKeyConstraintName: 'fk_pay_adjustments_applied' })
  appliedStatement?: CommissionStatementEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
