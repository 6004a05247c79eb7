import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { escapeLike, preparedRead, selectRows, type Tx } from '@cadre/api/core';
import type { EmployeeDto, EmployeeStatus, OrgUnitKind } from '@cadre/shared/contracts';
import { IN_SCOPE, SCOPE_UNITS_CTE, scopeParameters, type EmployeeScope } from '../access/employee-scope';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
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

/** An employee row of the scoped list: what the list shows, nothing more. */
interface EmployeeListRow {
  id: string;
  full_name: string;
  email: string;
  job_title: string;
  hire_date: string;
  status: EmployeeStatus;
  org_unit_id: string;
  manager_id: string | null;
  user_id: string | null;
  org_unit_name: string;
  manager_name: string | null;
}

/** $1, $2: scope (scopeParameters); $3 name/email/title pattern; $4 unit; $5 status. */
const FILTERED = `filtered as (
  select e.id, e.full_name from employees e
   where ${IN_SCOPE}
     and ($3::text is null or e.full_name ilike $3 or e.email ilike $3 or e.job_title ilike $3)
     and ($4::uuid is null or e.org_unit_id = $4)
     and ($5::text is null or e.status::text = $5))`;

/**
 * The page's ids are chosen from the employees table alone; only those rows are then
 * joined to their unit and manager, and the total is counted from the same filtered set.
 */
const SEARCH = {
  name: 'identity.employee_search',
  text: `with recursive ${SCOPE_UNITS_CTE}, ${FILTERED},
         page as (select id from filtered order by full_name, id limit $6 offset $7)
         select e.id, e.full_name, e.email, e.job_title, e.hire_date::text as hire_date, e.status::text as status,
                e.org_unit_id, e.manager_id, e.user_id, ou.name as org_unit_name, m.full_name as manager_name,
                (select count(*) from filtered) as total
           from page p
           join employees e on e.id = p.id
           join org_units ou on ou.id = e.org_unit_id
           left join employees m on m.id = e.manager_id
          order by e.full_name, e.id`,
};

const COUNT = {
  name: 'identity.employee_count',
  text: `with recursive ${SCOPE_UNITS_CTE}, ${FILTERED} select count(*) as total from filtered`,
};

const SCOPE_CHECK = {
  name: 'identity.employee_scope_check',
  text: `with recursive ${SCOPE_UNITS_CTE}
         select ${IN_SCOPE} as in_scope from employees e where e.id = $3`,
};

function toListedEmployee(r: EmployeeListRow): EmployeeDto {
  return {
    id: r.id,
    fullName: r.full_name,
    email: r.email,
    jobTitle: r.job_title,
    hireDate: r.hire_date,
    status: r.status,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    managerId: r.manager_id,
    managerName: r.manager_name,
    userId: r.user_id,
  };
}

@Injectable()
export class EmployeesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(tx?: Tx | null) {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: Tx | null): Promise<EmployeeEntity | null> {
    return this.manager(tx).getRepository(EmployeeEntity).findOneBy({ id });
  }

  /** The row, locked until the transaction ends: changes to one person take turns. */
  findForUpdate(tx: Tx, id: string): Promise<EmployeeEntity | null> {
    return tx.getRepository(EmployeeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
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

  /**
   * One page of the employees in scope, with the total, in one prepared query: the list
   * every manager opens. A page past the end has no rows to carry the total, so only
   * then is it counted apart.
   */
  async search(query: EmployeeSearch, scope: EmployeeScope): Promise<[EmployeeDto[], number]> {
    const pattern = query.search ? `%${escapeLike(query.search)}%` : null;
    const values = [
      ...scopeParameters(scope),
      pattern,
      query.orgUnitId ?? null,
      query.status ?? null,
      query.limit,
      query.offset,
    ];
    const rows = await preparedRead<EmployeeListRow & { total: string }>(this.dataSource, SEARCH, values);
    const total = rows.length
      ? Number(rows[0].total)
      : query.offset > 0
        ? Number((await preparedRead<{ total: string }>(this.dataSource, COUNT, values.slice(0, 5)))[0].total)
        : 0;
    return [rows.map(toListedEmployee), total];
  }

  /** Whether the employee exists, and whether the scope covers them: one query. */
  async scopeCheck(employeeId: string, scope: EmployeeScope): Promise<{ exists: boolean; inScope: boolean }> {
    const [row] = await preparedRead<{ in_scope: boolean }>(this.dataSource, SCOPE_CHECK, [
      ...scopeParameters(scope),
      employeeId,
    ]);
    return { exists: Boolean(row), inScope: row?.in_scope ?? false };
  }

  unitKinds(ids: string[], tx?: Tx) {
    return selectRows<{ id: string; kind: OrgUnitKind }>(
      tx ?? this.dataSource.manager,
      `select id, kind::text as kind from org_units where id = any($1::uuid[])`,
      [ids],
    );
  }

  /** The employee's org unit and every unit above it, with their kinds. */
  unitsAbove(employeeId: string, tx?: Tx) {
    return selectRows<{ id: string; kind: OrgUnitKind }>(
      tx ?? this.dataSource.manager,
      `with recursive up as (
         select u.id, u.kind, u.parent_id from org_units u join employees e on e.org_unit_id = u.id where e.id = $1
         union
         select p.id, p.kind, p.parent_id from org_units p join up on p.id = up.parent_id)
       select id, kind::text as kind from up`,
      [employeeId],
    );
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

  /** The role an employee holds, locked until the caller's transaction ends. */
  async lockRole(tx: Tx, employeeId: string) {
    const [row] = await selectRows<{ roleProfileId: string | null; jobTitle: string }>(
      tx,
      `select role_profile_id as "roleProfileId", job_title as "jobTitle" from employees where id = $1 for update`,
      [employeeId],
    );
    return row ?? null;
  }

  async setRoleProfile(tx: Tx, employeeId: string, roleProfileId: string): Promise<void> {
    await tx.update(EmployeeEntity, { id: employeeId }, { roleProfileId });
  }

  /** The managers above an employee, nearest first, up to the top (at most 20). */
  async managerChain(employeeId: string, tx?: Tx): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      tx ?? this.dataSource.manager,
      `with recursive up as (
         select e.manager_id as id, 1 as depth from employees e where e.id = $1 and e.manager_id is not null
         union all
         select e.manager_id, up.depth + 1 from employees e join up on e.id = up.id
          where e.manager_id is not null and up.depth < 20)
       select id from up order by depth`,
      [employeeId],
    );
    return rows.map((r) => r.id);
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

  /** Each employee's active account and their manager's active account. */
  async unitScopeCheck(unitId: string, scope: EmployeeScope): Promise<{ exists: boolean; inScope: boolean }> {
    const rows = await selectRows<{ inScope: boolean }>(
      this.dataSource.manager,
      `with recursive ${SCOPE_UNITS_CTE}
       select ($1 = 'all' or u.id in (select id from scope_units)) as "inScope" from org_units u where u.id = $3`,
      [...scopeParameters(scope), unitId],
    );
    return { exists: rows.length > 0, inScope: rows[0]?.inScope ?? false };
  }

  async unitIdsInScope(scope: EmployeeScope): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      this.dataSource.manager,
      `with recursive ${SCOPE_UNITS_CTE} select id from scope_units`,
      scopeParameters(scope),
    );
    return rows.map((r) => r.id);
  }

  idsByEmail(emails: string[], tx?: Tx) {
    return selectRows<{ id: string; email: string }>(
      tx ?? this.dataSource.manager,
      `select e.id, e.email from employees e where e.email = any($1::text[])`,
      [emails.map((e) => e.toLowerCase())],
    );
  }

  accountsOf(employeeIds: string[], tx?: Tx) {
    return selectRows<{ employeeId: string; userId: string | null; managerUserId: string | null }>(
      tx ?? this.dataSource.manager,
      `select e.id as "employeeId", u.id as "userId", mu.id as "managerUserId"
         from employees e
         left join users u on u.id = e.user_id and u.is_active
         left join employees m on m.id = e.manager_id
         left join users mu on mu.id = m.user_id and mu.is_active
        where e.id = any($1::uuid[])`,
      [employeeIds],
    );
  }

  /** The ids of every employee in the scope (a manager's subtree and themselves, or only oneself). */
  async idsInScope(scope: EmployeeScope): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      this.dataSource.manager,
      `with recursive ${SCOPE_UNITS_CTE}
       select e.id from employees e where e.status <> 'left' and ${IN_SCOPE}`,
      scopeParameters(scope),
    );
    return rows.map((r) => r.id);
  }
}
