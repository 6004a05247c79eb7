import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CANDIDATE_SOURCES, type CandidateSource } from '@cadre/shared/contracts';

/** A person who may apply to several requisitions. Personal data: reads are audited. */
@Entity('candidates')
@Index('ux_candidates_email', ['email'], { unique: true, where: '"email" IS NOT NULL' })
@Index('ux_candidates_phone', ['phone'], { unique: true, where: '"phone" IS NOT NULL' })
@Index('ix_candidates_name', ['fullName'])
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** Lower-case; unique, so a second application by the same person is found. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** Digits only (with a leading + for an international prefix); unique. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'enum', enum: CANDIDATE_SOURCES, enumName: 'candidate_source' })
  source!: CandidateSource;

  @Column({ type: 'numeric', precision: 4, scale: 1, default: 0 })
  yearsExperience!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  industries!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
