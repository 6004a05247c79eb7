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
import { RoleProfileEntity } from '@cadre/api/talent';
import { CommissionPlanEntity } from '../plans/plan.entity';
import { PlanAssignmentEntity } from './assignment.entity';

/**
 * A plan assignment another context suggests (a promotion changed someone's role profile)
 * for finance to confirm or dismiss: pay never changes without finance.
 */
@Entity('plan_assignment_proposals')
@Check('ck_plan_assignment_proposals_status', `status in ('open', 'confirmed', 'dismissed')`)
// One proposal per cause: a promotion applied twice proposes once.
@Index('ux_plan_assignment_proposals_source', ['sourceKind', 'sourceId'], { unique: true })
@Index('ix_plan_assignment_proposals_open', ['status', 'startsOn'])
export class PlanAssignmentProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_plan_assignment_proposals_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'uuid', nullable: true })
  roleProfileId!: string | null;

  @ManyToOne(() => RoleProfileEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'role_profile_id',
    foreignKeyConstraintName: 'fk_plan_assignment_proposals_role_profile',
  })
  roleProfile?: RoleProfileEntity;

  /** The plan most others on that role profile hold on the start date, if any do. */
  @Column({ type: 'uuid', nullable: true })
  suggestedPlanId!: string | null;

  @ManyToOne(() => CommissionPlanEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suggested_plan_id', foreignKeyConstraintName: 'fk_plan_assignment_proposals_plan' })
  suggestedPlan?: CommissionPlanEntity;

  /** Why, in English for the audit trail (e.g. "Promoted to Senior Account Executive"). */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  sourceKind!: string;

  @Column({ type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'confirmed' | 'dismissed';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'decided_by_user_id',
    foreignKeyConstraintName: 'fk_plan_assignment_proposals_decider',
  })
  decidedBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @ManyToOne(() => PlanAssignmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_plan_assignment_proposals_assignment' })
  assignment?: PlanAssignmentEntity;
}
