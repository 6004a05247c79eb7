import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmployeeEntity } from '@cadre/api/identity';
import { CourseVersionEntity } from '../courses/course-version.entity';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';

/**
 * A certification held: issued on completing a certifying course, valid until it expires.
 * Its code is the course's, the code a commission plan's `requires` gate names.
 */
@Entity('certifications')
@Index('ix_certifications_employee_code', ['employeeId', 'code'])
@Index('ux_certifications_enrolment', ['enrolmentId'], { unique: true })
export class CertificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_certifications_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'uuid' })
  courseVersionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'fk_certifications_course_version' })
  courseVersion?: CourseVersionEntity;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_certifications_enrolment' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
