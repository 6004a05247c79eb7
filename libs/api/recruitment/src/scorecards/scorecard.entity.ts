import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { RECOMMENDATIONS, type Recommendation } from '@cadre/shared/contracts';
import { UserEntity } from '@cadre/api/identity';
import { ApplicationEntity } from '../applications/application.entity';

/**
 * One interviewer's ratings of one application. Resubmitting amends it: the revision
 * counts up, and once anyone else had scored the application (which the interviewer can
 * read after their own first submission) the scorecard is marked as amended after
 * reading others, for everyone to see. The audit log keeps every earlier version.
 */
@Entity('scorecards')
@Index('ux_scorecards_interviewer', ['applicationId', 'interviewerUserId'], { unique: true })
export class ScorecardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_scorecards_application' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid' })
  interviewerUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interviewer_user_id', foreignKeyConstraintName: 'fk_scorecards_interviewer' })
  interviewer?: UserEntity;

  @Column({ type: 'enum', enum: RECOMMENDATIONS, enumName: 'recommendation' })
  recommendation!: Recommendation;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ type: 'timestamptz', nullable: true })
  amendedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  amendedAfterReadingOthers!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
