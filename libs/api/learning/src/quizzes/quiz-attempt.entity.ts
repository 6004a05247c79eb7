import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';
import type { DrawnQuestion } from './quiz-draw';
import type { Answers } from './quiz-grading';

/** One attempt at a quiz item: the questions drawn, in their shown order, and the result. */
@Entity('quiz_attempts')
@Index('ux_quiz_attempts_number', ['enrolmentId', 'itemId', 'number'], { unique: true })
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_quiz_attempts_enrolment' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'uuid' })
  itemId!: string;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'jsonb' })
  questions!: DrawnQuestion[];

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deadline!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  answers!: Answers | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  scorePercent!: string | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;
}
