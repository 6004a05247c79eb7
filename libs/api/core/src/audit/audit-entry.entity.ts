import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per state change that matters. Append-only: a trigger (see the migration)
 * rejects UPDATE and DELETE, so not even a bug in the application can rewrite history.
 */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId'])
@Index('ix_audit_log_occurred_at', ['occurredAt'])
@Index('ix_audit_log_actor', ['actorUserId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorEmail!: string | null;

  /** `<entity>.<verb>`, e.g. `user.create`, `org_unit.move`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;
}
