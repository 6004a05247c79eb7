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
import { UserEntity } from '@cadre/api/identity';
import { RoleProfileEntity } from '@cadre/api/talent';
import type { CareerTrackKind, ResultsThreshold } from '@cadre/shared/contracts';

/** A route through the sales organisation: the expert track or the management track. */
@Entity('career_tracks')
@Index('ux_career_tracks_code', ['code'], { unique: true })
@Check('ck_career_tracks_kind', `kind in ('expert', 'management')`)
export class CareerTrackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  kind!: CareerTrackKind;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameZh!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A level of a track. It is a role profile, whose versions hold the competency expectations;
 * the level's own terms (certifications, months, results) are versioned beside it.
 */
@Entity('career_levels')
@Index('ux_career_levels_track_rank', ['trackId', 'rank'], { unique: true })
@Index('ux_career_levels_role_profile', ['roleProfileId'], { unique: true })
@Check('ck_career_levels_rank', 'rank between 1 and 20')
export class CareerLevelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  trackId!: string;

  @ManyToOne(() => CareerTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id', foreignKeyConstraintName: 'fk_career_levels_track' })
  track?: CareerTrackEntity;

  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'uuid' })
  roleProfileId!: string;

  @ManyToOne(() => RoleProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_profile_id', foreignKeyConstraintName: 'fk_career_levels_role_profile' })
  roleProfile?: RoleProfileEntity;

  @Column({ type: 'int', default: 1 })
  currentVersion!: number;
}

/** The terms of a level as of one version; a nomination keeps the readiness it was judged on. */
@Entity('career_level_versions')
@Index('ux_career_level_versions_level_version', ['levelId', 'version'], { unique: true })
@Check('ck_career_level_versions_months', 'min_months_in_previous_level between 0 and 240')
export class CareerLevelVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  levelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_career_level_versions_level' })
  level?: CareerLevelEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  responsibilitiesEn!: string;

  @Column({ type: 'text' })
  responsibilitiesZh!: string;

  /** Certification codes, as learning issues them and commission plans gate on. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  certifications!: string[];

  @Column({ type: 'smallint' })
  minMonthsInPreviousLevel!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  results!: ResultsThreshold[];

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_career_level_versions_creator' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A move between tracks at a defined level (a senior account executive may become a team lead). */
@Entity('career_level_moves')
@Check('ck_career_level_moves_other_level', 'from_level_id <> to_level_id')
export class CareerLevelMoveEntity {
  @PrimaryColumn({ type: 'uuid' })
  fromLevelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_level_id', foreignKeyConstraintName: 'fk_career_level_moves_from' })
  fromLevel?: CareerLevelEntity;

  @PrimaryColumn({ type: 'uuid' })
  toLevelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_level_id', foreignKeyConstraintName: 'fk_career_level_moves_to' })
  toLevel?: CareerLevelEntity;
}
