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
import type { PromotionStatus, ReadinessDto } from '@cadre/shared/contracts';
import { CareerLevelEntity } from '../tracks/career-track.entity';

/**
 * A promotion: nominated by the manager with the readiness it was judged on → reviewed by
 * HR → approved by the next-level manager with an effective date → effective on that date.
 */
@Entity('promotions')
@Check(
  'ck_promotions_status',
  `status in ('awaiting_hr', 'awaiting_approval', 'approved', 'effective', 'rejected')`,
)
@Check('ck_promotions_other_level', 'from_level_id <> to_level_id')
// One open nomination per person.
@Index('ux_promotions_open_employee', ['employeeId'], {
  unique: true,
  where: `status in ('awaiting_hr', 'awaiting_approval', 'approved')`,
})
@Index('ix_promotions_due', ['effectiveOn'], { where: `status = 'approved'` })
export class PromotionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_promotions_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  fromLevelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_level_id', foreignKeyConstraintName: 'fk_promotions_from_level' })
  fromLevel?: CareerLevelEntity;

  @Column({ type: 'uuid' })
  toLevelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_level_id', foreignKeyConstraintName: 'fk_promotions_to_level' })
  toLevel?: CareerLevelEntity;

  @Column({ type: 'text' })
  status!: PromotionStatus;

  /** The readiness snapshot at nomination: what HR and the approver judged. */
  @Column({ type: 'jsonb' })
  readiness!: ReadinessDto;

  /** Required when the snapshot was under 100%. */
  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  @Column({ type: 'uuid', nullable: true })
  nominatedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'nominated_by_user_id', foreignKeyConstraintName: 'fk_promotions_nominator' })
  nominatedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  nominatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  hrReviewedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hr_reviewed_by_user_id', foreignKeyConstraintName: 'fk_promotions_hr_reviewer' })
  hrReviewedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  hrReviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  hrNote!: string | null;

  /** The next-level manager (the nominee's manager's manager), set when HR passes it on. */
  @Column({ type: 'uuid', nullable: true })
  approverEmployeeId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approver_employee_id', foreignKeyConstraintName: 'fk_promotions_approver' })
  approver?: EmployeeEntity;

  @Column({ type: 'uuid', nullable: true })
  approvedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_user_id', foreignKeyConstraintName: 'fk_promotions_approved_by' })
  approvedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  effectiveOn!: string | null;

  /** When the level, role profile, curriculum and plan proposal changed: exactly once. */
  @Column({ type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  rejectedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rejected_by_user_id', foreignKeyConstraintName: 'fk_promotions_rejected_by' })
  rejectedBy?: UserEntity;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;
}
