import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { COMPETENCY_CATEGORIES, type CompetencyCategory } from '@cadre/shared/contracts';

export interface StoredLevel {
  level: number;
  en: string;
  zh: string;
}

@Entity('competencies')
@Index('ux_competencies_code', ['code'], { unique: true })
export class CompetencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable slug, e.g. "negotiation". */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'enum', enum: COMPETENCY_CATEGORIES, enumName: 'competency_category' })
  category!: CompetencyCategory;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameZh!: string;

  @Column({ type: 'text' })
  descriptionEn!: string;

  @Column({ type: 'text' })
  descriptionZh!: string;

  /** Five behavioural descriptions, level 1 to 5, in both languages. */
  @Column({ type: 'jsonb' })
  levels!: StoredLevel[];

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
