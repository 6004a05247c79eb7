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
import { EmployeeEntity } from '@cadre/api/identity';
import { CareerLevelEntity } from '../tracks/career-track.entity';

/** Where someone stood on a track, from a date: the dated history of their levels. */
@Entity('career_positions')
// One current level per person: two promotions taking effect at once cannot both open one.
@Index('ux_career_positions_current', ['employeeId'], { unique: true, where: 'ends_on is null' })
@Index('ix_career_positions_level', ['levelId'])
@Check('ck_career_positions_dates', 'ends_on is null or starts_on <= ends_on')
export class CareerPositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_career_positions_employee' })
  employee?: EmployeeEntity;

  @Column({ type: 'uuid' })
  levelId!: string;

  @ManyToOne(() => CareerLevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_career_positions_level' })
  level?: CareerLevelEntity;

  /** Time in level counts from here (HR may credit experience from before the hire). */
  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** How they came to the level: "placed" by HR, or "promotion". */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'uuid', nullable: true })
  promotionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
