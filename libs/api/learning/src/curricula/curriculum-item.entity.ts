import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CurriculumItemKind } from '@cadre/shared/contracts';
import { LibraryResourceEntity } from '../library/library-resource.entity';
import { CourseEntity } from '../courses/course.entity';
import { CurriculumEntity } from './curriculum.entity';

/**
 * One step of a curriculum: a course, a task the manager signs off, a library resource to
 * read, or meeting one's mentor (done at the first mentoring check-in).
 */
@Entity('curriculum_items')
@Index('ux_curriculum_items_position', ['curriculumId', 'position'], { unique: true })
@Check(
  'ck_curriculum_items_kind',
  `(kind = 'course' and course_id is not null and resource_id is null) or (kind = 'task' and course_id is null and resource_id is null and task_title_en is not null and task_title_zh is not null) or (kind = 'resource' and resource_id is not null and course_id is null) or (kind = 'mentor' and course_id is null and resource_id is null and task_title_en is not null and task_title_zh is not null)`,
)
export class CurriculumItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  curriculumId!: string;

  @ManyToOne(() => CurriculumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'fk_curriculum_items_curriculum' })
  curriculum?: CurriculumEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  kind!: CurriculumItemKind;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_curriculum_items_course' })
  course?: CourseEntity;

  /** For a resource step: read the library resource (done when the learner opens it). */
  @Column({ type: 'uuid', nullable: true })
  resourceId!: string | null;

  @ManyToOne(() => LibraryResourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'fk_curriculum_items_resource' })
  resource?: LibraryResourceEntity;

  @Column({ type: 'text', nullable: true })
  taskTitleEn!: string | null;

  @Column({ type: 'text', nullable: true })
  taskTitleZh!: string | null;

  /** Days from the start date (the hire date, for onboarding) to the item's due date. */
  @Column({ type: 'int' })
  dueOffsetDays!: number;

  @Column({ type: 'boolean', default: true })
  required!: boolean;
}
