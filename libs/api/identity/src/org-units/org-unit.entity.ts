import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ORG_UNIT_KINDS, type OrgUnitKind } from '@cadre/shared/contracts';
import type { EmployeeEntity } from '../employees/employee.entity';

@Entity('org_units')
@Index('ix_org_units_parent', ['parentId'])
@Index('ix_org_units_manager', ['managerId'])
@Index('ux_org_units_sibling_name', ['parentId', 'name'], { unique: true })
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ORG_UNIT_KINDS, enumName: 'org_unit_kind' })
  kind!: OrgUnitKind;

  /** Null only for the root (the company). */
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_org_units_parent' })
  parent?: OrgUnitEntity;

  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne('EmployeeEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_org_units_manager' })
  manager?: EmployeeEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
