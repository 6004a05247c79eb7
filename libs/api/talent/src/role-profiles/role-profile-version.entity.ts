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
import { EDUCATION_LEVELS, type EducationLevel } from '@cadre/shared/contracts';
import { RoleProfileEntity } from './role-profile.entity';

/**
 * One version of a role profile. Never updated: a change is a new version, so scorecards
 * and fit scores recorded against an old version keep meaning what they meant.
 */
@Entity('role_profile_versions')
@Index('ux_role_profile_versions_number', ['profileId', 'version'], { unique: true })
@Check('ck_role_profile_versions_years', '"min_years_experience" >= 0')
export class RoleProfileVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => RoleProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_role_profile_versions_profile' })
  profile?: RoleProfileEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameZh!: string;

  @Column({ type: 'text', default: '' })
  summaryEn!: string;

  @Column({ type: 'text', default: '' })
  summaryZh!: string;

  @Column({ type: 'int', default: 0 })
  minYearsExperience!: number;

  @Column({ type: 'enum', enum: EDUCATION_LEVELS, enumName: 'education_level', default: 'none' })
  education!: EducationLevel;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
