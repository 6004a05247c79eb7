import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@cadre/api/identity';
import type { RunKind, RunProblemDto, RunStatus } from '@cadre/shared/contracts';

/**
 * A commission run, which is also its own job on the queue: a worker claims a queued run
 * (or one whose lease ran out) with a fresh lease token, renews the lease while it works,
 * and commits the statements together with `succeeded` only while it still holds the token.
 */
@Entity('commission_runs')
@Index('ux_commission_runs_active_period', ['periodKey'], {
  unique: true,
  where: `status in ('queued', 'running')`,
})
@Index('ix_commission_runs_queue', ['status', 'requestedAt'])
@Check('ck_commission_runs_status', `status in ('queued', 'running', 'succeeded', 'failed')`)
@Check('ck_commission_runs_kind', `kind in ('period', 'recalculation')`)
export class CommissionRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  periodKey!: string;

  @Column({ type: 'text' })
  status!: RunStatus;

  @Column({ type: 'text', default: 'period' })
  kind!: RunKind;

  @Column({ type: 'integer', default: 0 })
  payeesTotal!: number;

  @Column({ type: 'integer', default: 0 })
  payeesDone!: number;

  @Column({ type: 'integer', default: 0 })
  statementsWritten!: number;

  @Column({ type: 'integer', default: 0 })
  keptApproved!: number;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  /** People the run could not pay, and why (a quota the plan needs is missing). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems!: RunProblemDto[];

  @Column({ type: 'uuid', nullable: true })
  leaseToken!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  workerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id', foreignKeyConstraintName: 'fk_commission_runs_requester' })
  requestedBy?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
