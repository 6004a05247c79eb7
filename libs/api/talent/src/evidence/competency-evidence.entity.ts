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

/**
 * A demonstrated competency level, with where it was shown (a completed course today; an
 * assessment or a mentor's sign-off later). Development needs close on it, and career
 * readiness and mentor matching read it.
 */
@Entity('competency_evidence')
@Index('ix_competency_evidence_employee_competency', ['employeeId', 'competencyId'])
export class CompetencyEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_competency_evidence_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_competency_evidence_competency' })
  competency?: CompetencyEntity;

  /** 1 to 5. */
  @Column({ type: 'smallint' })
  level!: number;

  /** What kind of record showed it, e.g. "course". */
  @Column({ type: 'text' })
  sourceKind!: string;

  /** That record's id (e.g. the enrolment), when it has one. */
  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

  /** A human label for the source, e.g. the course code. */
  @Column({ type: 'text' })
  sourceLabel!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
