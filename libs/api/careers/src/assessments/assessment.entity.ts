import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity, UserEntity } from '@cadre/api/identity';
import { CompetencyEntity } from '@cadre/api/talent';
import { CareerLevelEntity } from '../tracks/career-track.entity';

/** A periodic competency assessment round that HR opens for everyone on a track. */
@Entity('assessment_cycles')
@Check('ck_assessment_cycles_dates', 'opens_on <= due_on')
export class AssessmentCycleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_assessment_cycles_creator' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One person's assessment in a cycle: their own ratings, their manager's, the agreed levels. */
@Entity('competency_assessments')
@Index('ux_competency_assessments_cycle_employee', ['cycleId', 'employeeId'], { unique: true })
@Index('ix_competency_assessments_employee', ['employeeId'])
export class CompetencyAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => AssessmentCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id', foreignKeyConstraintName: 'fk_competency_assessments_cycle' })
  cycle?: AssessmentCycleEntity;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_competency_assessments_employee' })
  employee?: EmployeeEntity;

  /** The level whose competencies are rated: the person's level when the cycle opened. */
  @Column({ type: 'uuid' })
  levelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_competency_assessments_level' })
  level?: CareerLevelEntity;

  @Column({ type: 'timestamptz', nullable: true })
  selfSubmittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  managerSubmittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  managerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_user_id', foreignKeyConstraintName: 'fk_competency_assessments_manager' })
  manager?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  agreedAt!: Date | null;
}

/** One competency of an assessment, rated 1–5 by each side with evidence. */
@Entity('assessment_ratings')
@Check(
  'ck_assessment_ratings_levels',
  'self_level between 1 and 5 and manager_level between 1 and 5 and agreed_level between 1 and 5',
)
export class AssessmentRatingEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => CompetencyAssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_assessment_ratings_assessment' })
  assessment?: CompetencyAssessmentEntity;

  @PrimaryColumn({ type: 'uuid' })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_assessment_ratings_competency' })
  competency?: CompetencyEntity;

  @Column({ type: 'smallint', nullable: true })
  selfLevel!: number | null;

  @Column({ type: 'text', nullable: true })
  selfEvidence!: string | null;

  @Column({ type: 'smallint', nullable: true })
  managerLevel!: number | null;

  @Column({ type: 'text', nullable: true })
  managerEvidence!: string | null;

  @Column({ type: 'smallint', nullable: true })
  agreedLevel!: number | null;
}
