import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '@cadre/api/identity';

/**
 * A document stored in the database: a course's PDF handout or an enablement library file.
 * Checked by content and size before it is stored; immutable once stored (a new version of
 * a resource is a new file), so a download never changes under its reader.
 */
@Entity('learning_files')
@Check('ck_learning_files_size', 'size_bytes > 0 and size_bytes = octet_length(content)')
export class LearningFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  /** Hex SHA-256 of the content, for integrity checks and cache validators. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_user_id', foreignKeyConstraintName: 'fk_learning_files_uploaded_by' })
  uploadedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
