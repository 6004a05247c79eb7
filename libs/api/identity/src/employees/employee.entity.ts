import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EMPLOYEE_STATUSES, type EmployeeStatus } from '@cadre/shared/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';

@Entity('employees')
@Index('ux_employees_email', ['email'], { unique: true })
@Index('ux_employees_user', ['userId'], { unique: true })
@Index('ix_employees_org_unit', ['orgUnitId'])
@Index('ix_employees_manager', ['managerId'])
export class EmployeeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** Work email, lower-case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  jobTitle!: string;

  /** yyyy-mm-dd; a calendar date, not an instant. */
  @Column({ type: 'date' })
  hireDate!: string;

  @Column({ type: 'enum', enum: EMPLOYEE_STATUSES, enumName: 'employee_status', default: 'active' })
  status!: EmployeeStatus;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'fk_employees_org_unit' })
  orgUnit?: OrgUnitEntity;

  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_employees_manager' })
  manager?: EmployeeEntity;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_employees_user' })
  user?: UserEntity;

  /**
   * The role profile the person was hired against (talent context). No foreign key: the
   * identity context is below talent and must not depend on it.
   */
  @Column({ type: 'uuid', nullable: true })
  roleProfileId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
