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
import { UserEntity } from '@cadre/api/identity';

/** A commission plan: its code and the currency and period its versions share. */
@Entity('commission_plans')
@Index('ux_commission_plans_code', ['code'], { unique: true })
@Check('ck_commission_plans_period', `period in ('month', 'quarter')`)
export class CommissionPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'text' })
  period!: 'month' | 'quarter';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * One version of a plan's document. A published version never changes: editing starts a
 * new draft, and publishing it makes it pay from its effective date.
 */
@Entity('commission_plan_versions')
@Index('ux_commission_plan_versions_number', ['planId', 'version'], { unique: true })
@Index('ux_commission_plan_versions_one_draft', ['planId'], { unique: true, where: `status = 'draft'` })
@Check('ck_commission_plan_versions_status', `status in ('draft', 'published')`)
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CommissionPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_commission_plan_versions_plan' })
  plan?: CommissionPlanEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  status!: 'draft' | 'published';

  @Column({ type: 'date' })
  effectiveFrom!: string;

  /** The plan object of the document format (commission-plan-format.md). */
  @Column({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_commission_plan_versions_creator' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
