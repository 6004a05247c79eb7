import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '@cadre/api/identity';
import { CourseEntity } from '../courses/course.entity';

/**
 * Enrolments counted per org unit (of the learner, while they have not left), course and
 * due date, so a manager's or HR's course figures add up a few hundred rows rather than
 * every enrolment. Kept by statement triggers on `enrolments` and, when someone changes
 * unit or leaves, by identity's EmployeeMoves event. No due date is stored as 'infinity',
 * which no day is past.
 */
@Entity('learning_unit_course_counts')
export class UnitCourseCountEntity {
  @PrimaryColumn({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'fk_learning_unit_course_counts_unit' })
  orgUnit?: OrgUnitEntity;

  @PrimaryColumn({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_learning_unit_course_counts_course' })
  course?: CourseEntity;

  @PrimaryColumn({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'int' })
  enrolled!: number;

  @Column({ type: 'int' })
  completed!: number;
}
