import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity, UserEntity } from '@cadre/api/identity';
import { CurriculumEntity } from './curriculum.entity';
import { CurriculumItemEntity } from './curriculum-item.entity';

/** Someone following a curriculum from a start date; its course steps are enrolments. */
@Entity('curriculum_assignments')
@Index('ux_curriculum_assignments_employee', ['employeeId', 'curriculumId'], { unique: true })
export class CurriculumAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_curriculum_assignments_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  curriculumId!: string;

  @ManyToOne(() => CurriculumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'fk_curriculum_assignments_curriculum' })
  curriculum?: CurriculumEntity;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'text' })
  origin!: 'hire' | 'assigned';

  @Column({ type: 'uuid', nullable: true })
  assignedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'assigned_by_user_id',
    foreignKeyConstraintName: 'fk_curriculum_assignments_assigned_by',
  })
  assignedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A curriculum task signed off by the learner's manager (or HR). */
@Entity('curriculum_task_sign_offs')
export class TaskSignOffEntity {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => CurriculumAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_curriculum_task_sign_offs_assignment' })
  assignment?: CurriculumAssignmentEntity;

  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => CurriculumItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_curriculum_task_sign_offs_item' })
  item?: CurriculumItemEntity;

  @Column({ type: 'timestamptz' })
  signedOffAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  signedOffByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'signed_off_by_user_id',
    foreignKeyConstraintName: 'fk_curriculum_task_sign_offs_user',
  })
  signedOffBy?: UserEntity;
}
