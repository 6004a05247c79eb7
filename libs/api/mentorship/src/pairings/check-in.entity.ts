import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity } from '@cadre/api/identity';
import { GoalEntity } from './goal.entity';
import { PairingEntity } from './pairing.entity';

/** A meeting of the pair: what both may read, and when they meet next. One per pairing and day. */
@Entity('mentorship_check_ins')
@Index('ux_mentorship_check_ins_day', ['pairingId', 'heldOn'], { unique: true })
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pairingId!: string;

  @ManyToOne(() => PairingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_mentorship_check_ins_pairing' })
  pairing?: PairingEntity;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'uuid' })
  authorEmployeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_employee_id', foreignKeyConstraintName: 'fk_mentorship_check_ins_author' })
  author?: EmployeeEntity;

  @Column({ type: 'text' })
  sharedNotes!: string;

  @Column({ type: 'date', nullable: true })
  nextDate!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The author's private notes, in a table of their own so no query that reads check-ins
 * for the pair can carry them by accident; only a read keyed on the author's id does.
 */
@Entity('mentorship_private_notes')
export class PrivateNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  checkInId!: string;

  @OneToOne(() => CheckInEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'check_in_id', foreignKeyConstraintName: 'fk_mentorship_private_notes_check_in' })
  checkIn?: CheckInEntity;

  @Column({ type: 'uuid' })
  authorEmployeeId!: string;

  @Column({ type: 'text' })
  notes!: string;
}

/** Progress on each goal as recorded at a check-in. */
@Entity('mentorship_check_in_goals')
@Check('ck_mentorship_check_in_goals_progress', 'progress between 0 and 100')
export class CheckInGoalEntity {
  @PrimaryColumn({ type: 'uuid' })
  checkInId!: string;

  @ManyToOne(() => CheckInEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'check_in_id', foreignKeyConstraintName: 'fk_mentorship_check_in_goals_check_in' })
  checkIn?: CheckInEntity;

  @PrimaryColumn({ type: 'uuid' })
  goalId!: string;

  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_mentorship_check_in_goals_goal' })
  goal?: GoalEntity;

  @Column({ type: 'int' })
  progress!: number;
}

/** Each side's word at the end: 1 to 5 and a text. */
@Entity('mentorship_feedback')
@Check('ck_mentorship_feedback_rating', 'rating between 1 and 5')
@Check('ck_mentorship_feedback_side', `side in ('mentor', 'mentee')`)
export class FeedbackEntity {
  @PrimaryColumn({ type: 'uuid' })
  pairingId!: string;

  @ManyToOne(() => PairingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_mentorship_feedback_pairing' })
  pairing?: PairingEntity;

  @PrimaryColumn({ type: 'text' })
  side!: 'mentor' | 'mentee';

  @Column({ type: 'int' })
  rating!: number;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  givenAt!: Date;
}
