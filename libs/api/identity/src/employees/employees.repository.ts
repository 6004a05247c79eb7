import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import type { Tx } from '@cadre/api/core';
import type { EmployeeStatus } from '@cadre/shared/contracts';
import type { EmployeeScope } from '../access/employee-scope';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { escapeLike } from '../users/users.repository';
import { EmployeeEntity } from './employee.entity';

/** An employee with the names a screen shows beside the ids. */
export interface EmployeeView extends EmployeeEntity {
  orgUnitName: string;
  managerName: string | null;
}

export interface EmployeeSearch {
  search?: string;
  orgUnitId?: string;
  status?: EmployeeStatus;
  limit: number;
  offset: number;
}

type ViewRaw = { org_unit_name: string; manager_name: string | null };

@Injectable()
export class EmployeesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(tx?: Tx | null) {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: Tx | null): Promise<EmployeeEntity | null> {
    return this.manager(tx).getRepository(EmployeeEntity).findOneBy({ id });
  }

  findByEmail(email: string, tx?: Tx | null): Promise<EmployeeEntity | null> {
    return this.manager(tx).getRepository(EmployeeEntity).findOneBy({ email });
  }

  findByUserId(userId: string): Promise<EmployeeEntity | null> {
    return this.dataSource.getRepository(EmployeeEntity).findOneBy({ userId });
  }

  private viewQuery(tx?: Tx | null): SelectQueryBuilder<EmployeeEntity> {
    return this.manager(tx)
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .innerJoin(OrgUnitEntity, 'ou', 'ou.id = e.org_unit_id')
      .leftJoin(EmployeeEntity, 'm', 'm.id = e.manager_id')
      .addSelect('ou.name', 'org_unit_name')
      .addSelect('m.full_name', 'manager_name');
  }

  private static toViews(entities: EmployeeEntity[], raw: ViewRaw[]): EmployeeView[] {
    return entities.map((e, i) =>
      Object.assign(e, { orgUnitName: raw[i].org_unit_name, managerName: raw[i].manager_name }),
    );
  }

  async findView(id: string, tx?: Tx | null): Promise<EmployeeView | null> {
    const { entities, raw } = await this.viewQuery(tx)
      .where('e.id = :id', { id })
      .getRawAndEntities<ViewRaw>();
    return EmployeesRepository.toViews(entities, raw)[0] ?? null;
  }

  async search(query: EmployeeSearch, scope: EmployeeScope): Promise<[EmployeeView[], number]> {
    const qb = this.viewQuery();
    applyScope(qb, scope);
    if (query.search) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('e.full_name ilike :s', { s: `%${escapeLike(query.search ?? '')}%` })
            .orWhere('e.email ilike :s')
            .orWhere('e.job_title ilike :s'),
        ),
      );
    }
    if (query.orgUnitId) qb.andWhere('e.org_unit_id = :unit', { unit: query.orgUnitId });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('e.full_name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit)
      .getRawAndEntities<ViewRaw>();
    return [EmployeesRepository.toViews(entities, raw), total];
  }

  async isInScope(employeeId: string, scope: EmployeeScope): Promise<boolean> {
    const qb = this.dataSource
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .where('e.id = :employeeId', { employeeId });
    applyScope(qb, scope);
    return (await qb.getCount()) > 0;
  }

  /** Units in the subtrees of every unit this employee manages. */
  async managedSubtreeUnitIds(managerEmployeeId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `with recursive subtree as (
         select id from org_units where manager_id = $1
         union
         select child.id from org_units child join subtree on child.parent_id = subtree.id)
       select id from subtree`,
      [managerEmployeeId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** True when making `managerId` the manager of `employeeId` would close a loop. */
  async wouldCreateManagerCycle(tx: Tx, employeeId: string, managerId: string): Promise<boolean> {
    const rows = (await tx.query(
      `with recursive chain as (
         select id, manager_id from employees where id = $1
         union
         select e.id, e.manager_id from employees e join chain on e.id = chain.manager_id)
       select 1 from chain where id = $2 limit 1`,
      [managerId, employeeId],
    )) as unknown[];
    return rows.length > 0;
  }

  async insert(
    tx: Tx,
    employee: Pick<
      EmployeeEntity,
      'fullName' | 'email' | 'jobTitle' | 'hireDate' | 'status' | 'orgUnitId' | 'managerId'
    > &
      Partial<Pick<EmployeeEntity, 'roleProfileId'>>,
  ): Promise<string> {
    const result = await tx.insert(EmployeeEntity, employee);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(
    tx: Tx,
    id: string,
    changes: Partial<
      Pick<
        EmployeeEntity,
        'fullName' | 'email' | 'jobTitle' | 'hireDate' | 'status' | 'orgUnitId' | 'managerId'
      >
    >,
  ): Promise<void> {
    await tx.update(EmployeeEntity, { id }, changes);
  }

  async linkUser(tx: Tx, employeeId: string, userId: string): Promise<void> {
    await tx.update(EmployeeEntity, { id: employeeId }, { userId });
  }

  async recentHires(limit: number): Promise<EmployeeView[]> {
    const { entities, raw } = await this.viewQuery()
      .where("e.status <> 'left'")
      .orderBy('e.hire_date', 'DESC')
      .addOrderBy('e.full_name', 'ASC')
      .limit(limit)
      .getRawAndEntities<ViewRaw>();
    return EmployeesRepository.toViews(entities, raw);
  }

  async directReportCount(employeeId: string): Promise<number> {
    return this.dataSource.getRepository(EmployeeEntity).countBy({ managerId: employeeId, status: 'active' });
  }
}

function applyScope(qb: SelectQueryBuilder<EmployeeEntity>, scope: EmployeeScope): void {
  if (scope.kind === 'all') return;
  const selfId = scope.selfId ?? '00000000-0000-0000-0000-000000000000';
  if (scope.kind === 'self') {
    qb.andWhere('e.id = :selfId', { selfId });
    return;
  }
  qb.andWhere(
    new Brackets((w) => {
      w.where('e.id = :selfId', { selfId });
      if (scope.unitIds.length)
        w.orWhere('e.org_unit_id in (:...scopeUnitIds)', { scopeUnitIds: scope.unitIds });
    }),
  );
}
