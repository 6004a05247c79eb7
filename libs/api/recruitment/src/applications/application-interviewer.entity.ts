import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@cadre/api/identity';
import { ApplicationEntity } from './application.entity';

/** Someone asked to interview and score an application; they see only those. */
@Entity('application_interviewers')
@Index('ix_application_interviewers_user', ['userId'])
export class ApplicationInterviewerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_application_interviewers' })
  applicationId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_application_interviewers' })
  userId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_interviewers_application' })
  application?: ApplicationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_application_interviewers_user' })
  user?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  assignedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  assignedByUserId!: string | null;
}
