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
import { APPLICATION_STAGES, type ApplicationStage, type FitDto } from '@cadre/shared/contracts';
import { RoleProfileVersionEntity } from '@cadre/api/talent';
import { CandidateEntity } from '../candidates/candidate.entity';
import { RequisitionEntity } from '../requisitions/requisition.entity';

/**
 * A candidate in a requisition's pipeline. The fit (score, knock-out, explanation) is
 * stored and refreshed whenever a scorecard arrives, so ranking thousands of candidates is
 * one indexed query.
 */
@Entity('applications')
@Index('ux_applications_candidate_requisition', ['candidateId', 'requisitionId'], { unique: true })
@Index('ix_applications_ranking', ['requisitionId', 'knockedOut', 'fitScore'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'fk_applications_candidate' })
  candidate?: CandidateEntity;

  @Column({ type: 'uuid' })
  requisitionId!: string;

  @ManyToOne(() => RequisitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requisition_id', foreignKeyConstraintName: 'fk_applications_requisition' })
  requisition?: RequisitionEntity;

  /** Pinned when the application is made: later profile versions never rescore it. */
  @Column({ type: 'uuid' })
  roleProfileVersionId!: string;

  @ManyToOne(() => RoleProfileVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'role_profile_version_id',
    foreignKeyConstraintName: 'fk_applications_role_profile_version',
  })
  roleProfileVersion?: RoleProfileVersionEntity;

  @Column({ type: 'enum', enum: APPLICATION_STAGES, enumName: 'application_stage', default: 'applied' })
  stage!: ApplicationStage;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageChangedAt!: Date;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  fitScore!: string | null;

  @Column({ type: 'boolean', default: false })
  knockedOut!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  fit!: FitDto | null;

  @Column({ type: 'uuid', nullable: true })
  hiredEmployeeId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
