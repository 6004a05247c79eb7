import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { APPLICATION_STAGES, type ApplicationStage } from '@cadre/shared/contracts';
import { ApplicationEntity } from './application.entity';

/** Who moved an application to which stage, when and why. */
@Entity('application_stage_events')
@Index('ix_application_stage_events_application', ['applicationId', 'occurredAt'])
export class ApplicationStageEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_stage_events_application' })
  application?: ApplicationEntity;

  @Column({ type: 'enum', enum: APPLICATION_STAGES, enumName: 'application_stage', nullable: true })
  fromStage!: ApplicationStage | null;

  @Column({ type: 'enum', enum: APPLICATION_STAGES, enumName: 'application_stage' })
  toStage!: ApplicationStage;

  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
