import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity } from '@cadre/api/identity';
import { CommissionPlanEntity } from '../plans/plan.entity';

/** A plan paid to one person for a date range, acknowledged by them before it pays. */
@Entity('plan_assignments')
@Index('ix_plan_assignments_employee', ['employeeId', 'startsOn'])
@Index('ix_plan_assignments_plan', ['planId'])
@Check('ck_plan_assignments_dates', `ends_on is null or starts_on <= ends_on`)
export class PlanAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CommissionPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_assignments_plan' })
  plan?: CommissionPlanEntity;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_plan_assignments_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** The name the person typed to acknowledge the plan. */
  @Column({ type: 'text', nullable: true })
  acknowledgedName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A quota of an assignment: per metric and period, before the plan's ramp. */
@Entity('assignment_quotas')
@Check('ck_assignment_quotas_value', `value >= 0`)
export class AssignmentQuotaEntity {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => PlanAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_assignment_quotas_assignment' })
  assignment?: PlanAssignmentEntity;

  @PrimaryColumn({ type: 'text' })
  periodKey!: string;

  @PrimaryColumn({ type: 'text' })
  metric!: string;

  @Column({ type: 'numeric' })
  value!: string;
}
