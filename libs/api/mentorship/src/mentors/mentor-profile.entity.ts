import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployeeEntity } from '@cadre/api/identity';
import { CompetencyEntity } from '@cadre/api/talent';
import type { MentoringLanguage } from '@cadre/shared/contracts';

/** An employee who mentors: how many mentees at once, in which languages, and when. */
@Entity('mentor_profiles')
@Check('ck_mentor_profiles_capacity', 'capacity between 1 and 10')
@Check('ck_mentor_profiles_nominated_by', `nominated_by in ('self', 'hr')`)
export class MentorProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  employeeId!: string;

  @OneToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_mentor_profiles_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'text', array: true })
  languages!: MentoringLanguage[];

  @Column({ type: 'text', default: '' })
  availability!: string;

  /** A mentor who steps back keeps their profile and pairings but takes no new mentees. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text' })
  nominatedBy!: 'self' | 'hr';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * What a mentor is strong in. Taken from their competency evidence; a level that differs
 * from the evidence carries the reason it was changed.
 */
@Entity('mentor_strengths')
@Check('ck_mentor_strengths_level', 'level between 1 and 5')
export class MentorStrengthEntity {
  @PrimaryColumn({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_mentor_strengths_profile' })
  profile?: MentorProfileEntity;

  @PrimaryColumn({ type: 'uuid' })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_mentor_strengths_competency' })
  competency?: CompetencyEntity;

  @Column({ type: 'int' })
  level!: number;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
