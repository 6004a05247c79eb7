import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { REQUISITION_STATUSES, type RequisitionStatus } from '@cadre/shared/contracts';
import { EmployeeEntity, OrgUnitEntity } from '@cadre/api/identity';
import { RoleProfileEntity, RoleProfileVersionEntity } from '@cadre/api/talent';

@Entity('requisitions')
@Index('ix_requisitions_hiring_manager', ['hiringManagerId'])
@Index('ix_requisitions_status', ['status'])
@Check('ck_requisitions_headcount', '"headcount" >= 1 AND "filled" >= 0 AND "filled" <= "headcount"')
export class RequisitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'enum', enum: REQUISITION_STATUSES, enumName: 'requisition_status', default: 'draft' })
  status!: RequisitionStatus;

  @Column({ type: 'uuid' })
  roleProfileId!: string;

  @ManyToOne(() => RoleProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_profile_id', foreignKeyConstraintName: 'fk_requisitions_role_profile' })
  roleProfile?: RoleProfileEntity;

  /** The version applications to this requisition are scored against. */
  @Column({ type: 'uuid' })
  roleProfileVersionId!: string;

  @ManyToOne(() => RoleProfileVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'role_profile_version_id',
    foreignKeyConstraintName: 'fk_requisitions_role_profile_version',
  })
  roleProfileVersion?: RoleProfileVersionEntity;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'fk_requisitions_org_unit' })
  orgUnit?: OrgUnitEntity;

  @Column({ type: 'uuid' })
  hiringManagerId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hiring_manager_id', foreignKeyConstraintName: 'fk_requisitions_hiring_manager' })
  hiringManager?: EmployeeEntity;

  @Column({ type: 'int' })
  headcount!: number;

  @Column({ type: 'int', default: 0 })
  filled!: number;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
