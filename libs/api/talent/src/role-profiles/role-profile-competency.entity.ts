import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyEntity } from '../competencies/competency.entity';
import { RoleProfileVersionEntity } from './role-profile-version.entity';

/** A competency a profile version requires: target level, weight, must-have. */
@Entity('role_profile_competencies')
@Index('ix_role_profile_competencies_competency', ['competencyId'])
@Check('ck_role_profile_competencies_target', '"target_level" BETWEEN 1 AND 5')
@Check('ck_role_profile_competencies_weight', '"weight" > 0')
export class RoleProfileCompetencyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_role_profile_competencies' })
  versionId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_role_profile_competencies' })
  competencyId!: string;

  @ManyToOne(() => RoleProfileVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_role_profile_competencies_version' })
  version?: RoleProfileVersionEntity;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_role_profile_competencies_competency' })
  competency?: CompetencyEntity;

  @Column({ type: 'smallint' })
  targetLevel!: number;

  /** Relative weight; numeric, never a float. */
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  weight!: string;

  @Column({ type: 'boolean', default: false })
  mustHave!: boolean;

  /** Display order within the profile. */
  @Column({ type: 'smallint', default: 0 })
  position!: number;
}
