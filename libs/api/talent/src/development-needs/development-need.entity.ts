import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity } from '@cadre/api/identity';
import { CompetencyEntity } from '../competencies/competency.entity';
import { CompetencyEvidenceEntity } from '../evidence/competency-evidence.entity';

/**
 * A competency an employee should grow in, and by how much: recorded at hire from the
 * candidate's gaps, for onboarding and mentoring to act on.
 */
@Entity('development_needs')
@Index('ix_development_needs_employee', ['employeeId'])
export class DevelopmentNeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_development_needs_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_development_needs_competency' })
  competency?: CompetencyEntity;

  @Column({ type: 'numeric', precision: 3, scale: 2 })
  currentLevel!: string;

  @Column({ type: 'smallint' })
  targetLevel!: number;

  @Column({ type: 'numeric', precision: 3, scale: 2 })
  gap!: string;

  /** Where the need came from, e.g. "hire". */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When evidence reached the target; the need stays, for the record. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closingEvidenceId!: string | null;

  @ManyToOne(() => CompetencyEvidenceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'closing_evidence_id',
    foreignKeyConstraintName: 'fk_development_needs_closing_evidence',
  })
  closingEvidence?: CompetencyEvidenceEntity;
}
