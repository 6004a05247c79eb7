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
import type { CourseModule, CourseVersionStatus } from '@cadre/shared/contracts';
import { CourseEntity } from './course.entity';

/**
 * One version of a course. A draft is edited in place; publishing freezes it, and editing a
 * published course starts a new draft, so an enrolment keeps the version it started with.
 * The modules, items and question bank are one document (`content`): they are only ever
 * read and replaced whole, and a frozen version never changes.
 */
@Entity('course_versions')
@Index('ux_course_versions_course_version', ['courseId', 'version'], { unique: true })
// At most one draft and one published version per course.
@Index('ux_course_versions_one_draft', ['courseId'], { unique: true, where: `status = 'draft'` })
@Index('ux_course_versions_one_published', ['courseId'], { unique: true, where: `status = 'published'` })
@Check('ck_course_versions_status', `status in ('draft', 'published', 'superseded')`)
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_versions_course' })
  course?: CourseEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  status!: CourseVersionStatus;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text' })
  titleZh!: string;

  @Column({ type: 'text' })
  summaryEn!: string;

  @Column({ type: 'text' })
  summaryZh!: string;

  @Column({ type: 'int' })
  estimatedMinutes!: number;

  @Column({ type: 'boolean' })
  certifying!: boolean;

  @Column({ type: 'int', nullable: true })
  validityMonths!: number | null;

  @Column({ type: 'jsonb' })
  content!: CourseModule[];

  /** Items in the document, so progress is counted without reading it. */
  @Column({ type: 'int' })
  itemCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
