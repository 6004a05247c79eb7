import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { RequisitionDto, RequisitionStatus } from '@cadre/shared/contracts';
import { RequisitionEntity } from './requisition.entity';

/** One row of the requisitions read model, as PostgreSQL names its columns. */
interface RequisitionRow {
  id: string;
  title: string;
  status: RequisitionStatus;
  role_profile_id: string;
  role_profile_version_id: string;
  version: number;
  name_en: string;
  name_zh: string;
  org_unit_id: string;
  org_unit_name: string;
  hiring_manager_id: string;
  hiring_manager_name: string;
  headcount: number;
  filled: number;
  applications: number;
  opened_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
}

function toRequisitionDto(r: RequisitionRow): RequisitionDto {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    roleProfileId: r.role_profile_id,
    roleProfileVersionId: r.role_profile_version_id,
    roleProfileVersion: r.version,
    roleProfileName: { en: r.name_en, zh: r.name_zh },
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    hiringManagerId: r.hiring_manager_id,
    hiringManagerName: r.hiring_manager_name,
    headcount: r.headcount,
    filled: r.filled,
    applications: r.applications,
    openedAt: r.opened_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

/** Which requisitions a caller may see: all (HR, admin) or those they are hiring manager of. */
export type RequisitionScope = { kind: 'all' } | { kind: 'hiring-manager'; employeeId: string | null };

@Injectable()
export class RequisitionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async views(
    scope: RequisitionScope,
    filter: { status?: RequisitionStatus; id?: string } = {},
    tx?: Tx,
  ): Promise<RequisitionDto[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (scope.kind === 'hiring-manager') {
      params.push(scope.employeeId);
      where.push(`r.hiring_manager_id = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`r.status = $${params.length}`);
    }
    if (filter.id) {
      params.push(filter.id);
      where.push(`r.id = $${params.length}`);
    }
    // A read model for lists and pages: it joins talent's and identity's tables for names
    // only (allowed for reads; see "Where contexts meet" in docs/architecture.md).
    const rows = await selectRows<RequisitionRow>(
      tx ?? this.dataSource.manager,
      `select r.id, r.title, r.status::text as status, r.role_profile_id, r.role_profile_version_id, v.version, v.name_en, v.name_zh,
              r.org_unit_id, ou.name as org_unit_name, r.hiring_manager_id, m.full_name as hiring_manager_name,
              r.headcount, r.filled, r.opened_at, r.closed_at, r.created_at,
              (select count(*)::int from applications a where a.requisition_id = r.id) as applications
         from requisitions r
         join role_profile_versions v on v.id = r.role_profile_version_id
         join org_units ou on ou.id = r.org_unit_id
         join employees m on m.id = r.hiring_manager_id
        ${where.length ? `where ${where.join(' and ')}` : ''}
        order by case r.status when 'open' then 0 when 'draft' then 1 when 'on_hold' then 2 else 3 end, r.created_at desc`,
      params,
    );
    return rows.map(toRequisitionDto);
  }

  findById(id: string, tx?: Tx): Promise<RequisitionEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(RequisitionEntity).findOneBy({ id });
  }

  /** Locks the requisition: hires for its last seat take turns. */
  findForUpdate(tx: Tx, id: string): Promise<RequisitionEntity | null> {
    return tx
      .getRepository(RequisitionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(
    tx: Tx,
    values: Omit<
      RequisitionEntity,
      | 'id'
      | 'createdAt'
      | 'updatedAt'
      | 'filled'
      | 'closedAt'
      | 'roleProfile'
      | 'roleProfileVersion'
      | 'orgUnit'
      | 'hiringManager'
    >,
  ): Promise<string> {
    const result = await tx.insert(RequisitionEntity, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(
    tx: Tx,
    id: string,
    changes: Partial<
      Pick<
        RequisitionEntity,
        | 'title'
        | 'status'
        | 'headcount'
        | 'filled'
        | 'hiringManagerId'
        | 'orgUnitId'
        | 'openedAt'
        | 'closedAt'
      >
    >,
  ): Promise<void> {
    await tx.update(RequisitionEntity, { id }, changes);
  }
}
