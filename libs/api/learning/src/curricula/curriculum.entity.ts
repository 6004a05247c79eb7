import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RoleProfileEntity } from '@cadre/api/talent';

/** A role profile's learning path (the onboarding path for account executives, say). */
@Entity('curricula')
export class CurriculumEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', unique: true })
  roleProfileId!: string;

  // One per profile: the column's unique key says so (a one-to-one relation would add a second).
  @ManyToOne(() => RoleProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_profile_id', foreignKeyConstraintName: 'fk_curricula_role_profile' })
  roleProfile?: RoleProfileEntity;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text' })
  titleZh!: string;

  /** Each item opens only when the required items before it are done. */
  @Column({ type: 'boolean', default: false })
  sequential!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
