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

/** One interviewer's ratings of one application; resubmitting replaces it. */
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

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
