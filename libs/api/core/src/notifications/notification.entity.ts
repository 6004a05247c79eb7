import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message in a user's inbox ("assigned to you", "due in 3 days"). The kind and its
 * parameters are stored, not a sentence, so it reads in whatever language the reader
 * uses. A dedupe key makes every sender idempotent: the same event notifies once.
 */
@Entity('notifications')
@Index('ix_notifications_user_unread', ['userId', 'readAt', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** A user's id (identity's table; core keeps no foreign key to a context). */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: string;

  // Written as PostgreSQL reports it back ('{}'), so the schema check sees no drift.
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: Record<string, string | number>;

  /** Where in the app it leads, e.g. /learning/enrolments/…. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ type: 'text', unique: true })
  dedupeKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
