import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyEntity } from '@cadre/api/talent';
import { CourseVersionEntity } from './course-version.entity';

/** A competency a course version develops, and the level completing it shows. */
@Entity('course_version_competencies')
@Index('ix_course_version_competencies_competency', ['competencyId', 'level'])
@Check('ck_course_version_competencies_level', 'level between 1 and 5')
export class CourseVersionCompetencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  courseVersionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'course_version_id',
    foreignKeyConstraintName: 'fk_course_version_competencies_version',
  })
  courseVersion?: CourseVersionEntity;

  @PrimaryColumn({ type: 'uuid' })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'competency_id',
    foreignKeyConstraintName: 'fk_course_version_competencies_competency',
  })
  competency?: CompetencyEntity;

  @Column({ type: 'smallint' })
  level!: number;
}
