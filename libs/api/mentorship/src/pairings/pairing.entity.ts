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
import { EmployeeEntity, UserEntity } from '@cadre/api/identity';
import type { PairingStatus } from '@cadre/shared/contracts';

/** A mentor and a mentee, from the proposal to the end, with the check-in cadence. */
@Entity('mentorship_pairings')
@Check(
  'ck_mentorship_pairings_status',
  `status in ('proposed', 'active', 'paused', 'completed', 'cancelled')`,
)
@Check('ck_mentorship_pairings_not_self', 'mentor_id <> mentee_id')
@Check(
  'ck_mentorship_pairings_cadence',
  'first_month_cadence_days between 1 and 90 and cadence_days between 1 and 90',
)
// One open pairing per mentee: the database settles two managers assigning at once.
@Index('ux_mentorship_pairings_open_mentee', ['menteeId'], {
  unique: true,
  where: `status in ('proposed', 'active', 'paused')`,
})
@Index('ix_mentorship_pairings_mentor', ['mentorId', 'status'])
@Index('ix_mentorship_pairings_mentee', ['menteeId'])
export class PairingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_mentorship_pairings_mentor' })
  mentor?: EmployeeEntity;

  @Column({ type: 'uuid' })
  menteeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id', foreignKeyConstraintName: 'fk_mentorship_pairings_mentee' })
  mentee?: EmployeeEntity;

  @Column({ type: 'text' })
  status!: PairingStatus;

  /** The mentor sits in another unit than the mentee: they accept before it starts, and HR sees it. */
  @Column({ type: 'boolean' })
  crossUnit!: boolean;

  @Column({ type: 'uuid', nullable: true })
  proposedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_user_id', foreignKeyConstraintName: 'fk_mentorship_pairings_proposer' })
  proposedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  /** Why it was paused, declined or cancelled. */
  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'text', nullable: true })
  statusChangedBy!: string | null;

  @Column({ type: 'int' })
  firstMonthCadenceDays!: number;

  @Column({ type: 'int' })
  cadenceDays!: number;

  @Column({ type: 'date', nullable: true })
  nextCheckInOn!: string | null;

  @Column({ type: 'date', nullable: true })
  lastCheckInOn!: string | null;

  @Column({ type: 'int', default: 0 })
  checkInCount!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
