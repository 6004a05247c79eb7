import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '@cadre/api/identity';
import type { ImportStatus } from '@cadre/shared/contracts';

/**
 * One file import and its progress: the row is the job. The file's rows wait in the
 * unlogged `import_staging_rows` (raw SQL, see the migration) until they are merged or
 * the import ends; problems are kept in `import_problems` for the report.
 */
@Entity('import_jobs')
@Index('ix_import_jobs_created', ['createdAt'])
// One running import per source: two files merging the same external ids would race.
@Index('ux_import_jobs_running', ['source'], {
  unique: true,
  where: `status in ('reading', 'validating', 'merging')`,
})
@Check(
  'ck_import_jobs_status',
  `status in ('reading', 'validating', 'merging', 'succeeded', 'failed', 'cancelled')`,
)
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The system the rows come from; external ids are unique per source. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  status!: ImportStatus;

  /** Cadre field (or metric code) → the file's header it was read from. */
  @Column({ type: 'jsonb' })
  columnMap!: Record<string, string>;

  /** The metric codes the file carries, in the order of the staged values. */
  @Column({ type: 'text', array: true })
  metricCodes!: string[];

  @Column({ type: 'bigint', default: 0 })
  bytesRead!: string;

  @Column({ type: 'int', default: 0 })
  rowsRead!: number;

  @Column({ type: 'int', default: 0 })
  rowsValidated!: number;

  @Column({ type: 'int', default: 0 })
  rowsMerged!: number;

  @Column({ type: 'int', default: 0 })
  problemCount!: number;

  @Column({ type: 'int', default: 0 })
  createdCount!: number;

  @Column({ type: 'int', default: 0 })
  updatedCount!: number;

  @Column({ type: 'int', default: 0 })
  unchangedCount!: number;

  @Column({ type: 'boolean', default: false })
  cancelRequested!: boolean;

  /** Why a failed import failed, as an error code the screen words (`file_too_large`…). */
  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  failureParams!: Record<string, string | number> | null;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id', foreignKeyConstraintName: 'fk_import_jobs_user' })
  requestedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Touched as the job moves: a job not touched for minutes lost its process. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  heartbeatAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
