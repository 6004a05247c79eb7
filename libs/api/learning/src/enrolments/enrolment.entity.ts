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
import type { EnrolmentOrigin } from '@cadre/shared/contracts';
import { CourseEntity } from '../courses/course.entity';
import { CourseVersionEntity } from '../courses/course-version.entity';
import { CurriculumAssignmentEntity } from '../curricula/curriculum-assignment.entity';

/** Someone taking one version of a course; the version stays theirs when the course changes. */
@Entity('enrolments')
@Index('ix_enrolments_employee', ['employeeId'])
// One open enrolment per person and course: enrolling twice, or in parallel, is one enrolment.
@Index('ux_enrolments_open', ['employeeId', 'courseId'], { unique: true, where: 'completed_at is null' })
@Check('ck_enrolments_origin', `origin in ('self', 'assigned', 'hire', 'renewal')`)
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_enrolments_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_enrolments_course' })
  course?: CourseEntity;

  @Column({ type: 'uuid' })
  courseVersionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'fk_enrolments_course_version' })
  courseVersion?: CourseVersionEntity;

  @Column({ type: 'text' })
  origin!: EnrolmentOrigin;

  @Column({ type: 'uuid', nullable: true })
  assignedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_by_user_id', foreignKeyConstraintName: 'fk_enrolments_assigned_by' })
  assignedBy?: UserEntity;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  /** The curriculum this course is a step of, when it is one. */
  @Column({ type: 'uuid', nullable: true })
  curriculumAssignmentId!: string | null;

  @ManyToOne(() => CurriculumAssignmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'curriculum_assignment_id',
    foreignKeyConstraintName: 'fk_enrolments_curriculum_assignment',
  })
  curriculumAssignment?: CurriculumAssignmentEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  enrolledAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
