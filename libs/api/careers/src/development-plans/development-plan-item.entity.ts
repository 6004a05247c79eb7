import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity, UserEntity } from '@cadre/api/identity';
import { CourseEntity } from '@cadre/api/learning';
import { CompetencyEntity } from '@cadre/api/talent';
import { CareerLevelEntity } from '../tracks/career-track.entity';

/** A competency gap towards a level, with the course that develops it and the mentor goal set for it. */
@Entity('development_plan_items')
// Creating the plan again adds only the gaps not planned yet.
@Index('ux_development_plan_items_gap', ['employeeId', 'levelId', 'competencyId'], { unique: true })
export class DevelopmentPlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_development_plan_items_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  levelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_development_plan_items_level' })
  level?: CareerLevelEntity;

  @Column({ type: 'uuid' })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_development_plan_items_competency' })
  competency?: CompetencyEntity;

  @Column({ type: 'smallint' })
  targetLevel!: number;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @ManyToOne(() => CourseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_development_plan_items_course' })
  course?: CourseEntity;

  /** Mentorship's goal id, when the person had a mentor to set it with. */
  @Column({ type: 'uuid', nullable: true })
  mentorGoalId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_development_plan_items_creator' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
