import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * One item of an enrolment's course version: time spent and when it was done. Writes are
 * upserts that only move forward (the larger time, the first completion), so repeating
 * one changes nothing.
 */
@Entity('enrolment_item_progress')
export class ItemProgressEntity {
  @PrimaryColumn({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_enrolment_item_progress_enrolment' })
  enrolment?: EnrolmentEntity;

  /** An item id of the enrolment's course version. */
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @Column({ type: 'int', default: 0 })
  secondsSpent!: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
