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
import { EmployeeEntity } from '@cadre/api/identity';
import type { AttainmentFigureDto, ReviewActionKind, ReviewStatus } from '@cadre/shared/contracts';
import { FiscalPeriodEntity } from '../periods/fiscal-period.entity';

/**
 * A review (复盘) of a closed period between a manager and one of their people: the
 * attainment as it stood when the review began, what worked, what did not, and agreed
 * actions. Draft → shared with the person → acknowledged by them.
 */
@Entity('performance_reviews')
@Index('ux_performance_reviews_person_period', ['employeeId', 'periodId'], { unique: true })
@Index('ix_performance_reviews_period', ['periodId'])
@Check('ck_performance_reviews_status', `status in ('draft', 'shared', 'acknowledged')`)
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_performance_reviews_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'fk_performance_reviews_reviewer' })
  reviewer?: EmployeeEntity;

  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => FiscalPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_performance_reviews_period' })
  period?: FiscalPeriodEntity;

  @Column({ type: 'text' })
  status!: ReviewStatus;

  /** Actual, target and attainment per metric when the review began (the period was closed). */
  @Column({ type: 'jsonb' })
  figures!: AttainmentFigureDto[];

  @Column({ type: 'text', default: '' })
  whatWorked!: string;

  @Column({ type: 'text', default: '' })
  whatDidNot!: string;

  @Column({ type: 'timestamptz', nullable: true })
  sharedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** An agreed action: who does it by when, optionally a course or a mentoring goal to take up. */
@Entity('performance_review_actions')
@Index('ix_performance_review_actions_review', ['reviewId'])
@Index('ix_performance_review_actions_owner', ['ownerId'])
@Check('ck_performance_review_actions_kind', `kind in ('task', 'course', 'mentor_goal')`)
export class ReviewActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => ReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'fk_performance_review_actions_review' })
  review?: ReviewEntity;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', default: 'task' })
  kind!: ReviewActionKind;

  /** The course code or the mentoring goal the action names (learning and mentoring stand beside performance). */
  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_performance_review_actions_owner' })
  owner?: EmployeeEntity;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
