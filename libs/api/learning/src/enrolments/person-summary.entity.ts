import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EmployeeEntity } from '@cadre/api/identity';

/**
 * Each learner's enrolments summed, kept by triggers on `enrolments` (every writer, one
 * statement at a time), so the team view reads 10,000 rows rather than aggregating
 * 200,000. Overdue depends on the day, so the open due dates are kept sorted and counted
 * at read time (`width_bucket`, a binary search).
 */
@Entity('learning_person_summaries')
export class PersonSummaryEntity {
  @PrimaryColumn({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_learning_person_summaries_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'int' })
  enrolments!: number;

  @Column({ type: 'int' })
  completed!: number;

  /** Due dates of the open enrolments that have one, ascending. */
  @Column({ type: 'date', array: true, default: () => "'{}'" })
  openDue!: string[];
}
