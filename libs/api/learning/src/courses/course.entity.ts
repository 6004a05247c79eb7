import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseCategory } from '@cadre/shared/contracts';

/** A course's identity; what it teaches lives in its versions. */
@Entity('courses')
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique, upper case; also the code of the certification a certifying course issues. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  category!: CourseCategory;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
