import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployeeEntity, OrgUnitEntity, UserEntity } from '@cadre/api/identity';
import { CompetencyEntity } from '@cadre/api/talent';
import type { ResourceKind } from '@cadre/shared/contracts';
import { LearningFileEntity } from '../files/learning-file.entity';

/**
 * A sales enablement resource: a product manual, a demo deck, a case study, a competitor
 * analysis, a pricing guide. Its content lives in versions (the newest is shown, older
 * ones are kept); its tags live here, on the resource.
 */
@Entity('library_resources')
@Check(
  'ck_library_resources_kind',
  `kind in ('product-manual', 'demo-deck', 'case-study', 'competitor-analysis', 'pricing-guide', 'other')`,
)
export class LibraryResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ResourceKind;

  /** The newest version's number, so a new version is one conditional update. */
  @Column({ type: 'int' })
  currentVersion!: number;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_library_resources_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One version of a resource: a file or a link, with its names in both languages. */
@Entity('library_resource_versions')
@Index('ux_library_resource_versions_number', ['resourceId', 'version'], { unique: true })
@Check('ck_library_resource_versions_content', '(url is null) <> (file_id is null)')
export class LibraryResourceVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'fk_library_resource_versions_resource' })
  resource?: LibraryResourceEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text' })
  titleZh!: string;

  @Column({ type: 'text' })
  summaryEn!: string;

  @Column({ type: 'text' })
  summaryZh!: string;

  /** What changed since the previous version ("Q3 price list"). */
  @Column({ type: 'text', default: '' })
  changeNoteEn!: string;

  @Column({ type: 'text', default: '' })
  changeNoteZh!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'uuid', nullable: true })
  fileId!: string | null;

  @ManyToOne(() => LearningFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_library_resource_versions_file' })
  file?: LearningFileEntity;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'published_by_user_id',
    foreignKeyConstraintName: 'fk_library_resource_versions_published_by',
  })
  publishedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;
}

/** A product line or customer segment (an org unit of that kind) a resource is for. */
@Entity('library_resource_units')
@Index('ix_library_resource_units_unit', ['orgUnitId'])
export class LibraryResourceUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'fk_library_resource_units_resource' })
  resource?: LibraryResourceEntity;

  @PrimaryColumn({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'fk_library_resource_units_unit' })
  orgUnit?: OrgUnitEntity;
}

/** A competency a resource helps with. */
@Entity('library_resource_competencies')
@Index('ix_library_resource_competencies_competency', ['competencyId'])
export class LibraryResourceCompetencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'fk_library_resource_competencies_resource' })
  resource?: LibraryResourceEntity;

  @PrimaryColumn({ type: 'uuid' })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'competency_id',
    foreignKeyConstraintName: 'fk_library_resource_competencies_competency',
  })
  competency?: CompetencyEntity;
}

/** Someone opened a resource: counted for HR, and what completes a curriculum's resource step. */
@Entity('library_resource_views')
@Index('ix_library_resource_views_resource', ['resourceId', 'viewedAt'])
@Index('ix_library_resource_views_employee', ['employeeId', 'resourceId'])
export class LibraryResourceViewEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'fk_library_resource_views_resource' })
  resource?: LibraryResourceEntity;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => LibraryResourceVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_library_resource_views_version' })
  version?: LibraryResourceVersionEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_library_resource_views_user' })
  user?: UserEntity;

  /** The viewer's employee record, when they have one: a curriculum's resource step reads it. */
  @Column({ type: 'uuid', nullable: true })
  employeeId!: string | null;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_library_resource_views_employee' })
  employee?: EmployeeEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  viewedAt!: Date;
}
