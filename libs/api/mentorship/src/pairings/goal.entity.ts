import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CourseEntity } from '@cadre/api/learning';
import { CompetencyEntity } from '@cadre/api/talent';
import { PairingEntity } from './pairing.entity';

/** What a pairing works towards: tied to a competency or a course, with a date and progress. */
@Entity('mentorship_goals')
@Index('ix_mentorship_goals_pairing', ['pairingId'])
@Check('ck_mentorship_goals_progress', 'progress between 0 and 100')
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pairingId!: string;

  @ManyToOne(() => PairingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_mentorship_goals_pairing' })
  pairing?: PairingEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'uuid', nullable: true })
  competencyId!: string | null;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_mentorship_goals_competency' })
  competency?: CompetencyEntity;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @ManyToOne(() => CourseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_mentorship_goals_course' })
  course?: CourseEntity;

  @Column({ type: 'date' })
  targetDate!: string;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  /** When progress last moved: a goal still for 30 days is stalled. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  progressChangedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
