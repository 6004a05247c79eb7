import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployeeEntity, OrgUnitEntity } from '@cadre/api/identity';
import { MetricEntity } from '../metrics/metric.entity';
import { FiscalPeriodEntity } from '../periods/fiscal-period.entity';

/**
 * What is expected of one person or one org unit, for one metric and period, with the
 * SMART wording the handbook asks for. A cascaded target points to the one it came from.
 */
@Entity('targets')
@Index('ux_targets_employee', ['metricId', 'periodId', 'employeeId'], {
  unique: true,
  where: 'employee_id is not null',
})
@Index('ux_targets_unit', ['metricId', 'periodId', 'orgUnitId'], {
  unique: true,
  where: 'org_unit_id is not null',
})
@Index('ix_targets_parent', ['parentId'])
@Check('ck_targets_holder', '(employee_id is null) <> (org_unit_id is null)')
@Check('ck_targets_value', 'value >= 0')
export class TargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  metricId!: string;

  @ManyToOne(() => MetricEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'fk_targets_metric' })
  metric?: MetricEntity;

  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => FiscalPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_targets_period' })
  period?: FiscalPeriodEntity;

  @Column({ type: 'uuid', nullable: true })
  employeeId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_targets_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'fk_targets_org_unit' })
  orgUnit?: OrgUnitEntity;

  @Column({ type: 'numeric' })
  value!: string;

  @Column({ type: 'text', default: '' })
  specific!: string;

  @Column({ type: 'text', default: '' })
  measurable!: string;

  @Column({ type: 'text', default: '' })
  achievable!: string;

  @Column({ type: 'text', default: '' })
  relevant!: string;

  @Column({ type: 'text', default: '' })
  timeBound!: string;

  /** Who answers for the target: the person, or the unit's manager. */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_targets_owner' })
  owner?: EmployeeEntity;

  /** The target this one was cascaded from, and its weight in that split. */
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => TargetEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_targets_parent' })
  parent?: TargetEntity;

  @Column({ type: 'numeric', nullable: true })
  weight!: string | null;

  /** The rep's acknowledgement of their own target; cleared when the value changes. */
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
