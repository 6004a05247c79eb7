import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type {
  AssignableEmployeeDto,
  AssignableRoleProfileDto,
  AssignmentDto,
  QuotaDto,
} from '@cadre/shared/contracts';

export interface NewAssignment {
  employeeId: string;
  quotas: QuotaDto[];
}

interface AssignmentRow {
  id: string;
  planId: string;
  planCode: string;
  employeeId: string;
  fullName: string;
  startsOn: string;
  endsOn: string | null;
  acknowledgedAt: Date | null;
  acknowledgedName: string | null;
  quotas: QuotaDto[];
  planName: string;
  planDocument: Record<string, unknown> | null;
}

/**
 * Read model: identity's employees are joined for names and to check the people exist;
 * only plan_assignments and assignment_quotas are written here.
 */
const SELECT = `
  select a.id, a.plan_id as "planId", p.code as "planCode", a.employee_id as "employeeId", e.full_name as "fullName",
         a.starts_on::text as "startsOn", a.ends_on::text as "endsOn", a.acknowledged_at as "acknowledgedAt",
         a.acknowledged_name as "acknowledgedName",
         p.name as "planName",
         case when $4 then (select v.document from commission_plan_versions v
                             where v.plan_id = p.id and v.status = 'published'
                             order by v.effective_from desc, v.version desc limit 1) end as "planDocument",
         coalesce((select jsonb_agg(jsonb_build_object('period', q.period_key, 'metric', q.metric, 'value', q.value::text,
                                                       'nameEn', coalesce(m.name_en, q.metric), 'nameZh', coalesce(m.name_zh, q.metric))
                                    order by q.period_key, q.metric)
                     from assignment_quotas q left join metrics m on m.code = q.metric
                    where q.assignment_id = a.id), '[]') as quotas
    from plan_assignments a
    join commission_plans p on p.id = a.plan_id
    join employees e on e.id = a.employee_id`;

const toDto = (r: AssignmentRow): AssignmentDto => ({
  ...r,
  acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
  metrics: [],
});

@Injectable()
export class AssignmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With `withPlan`, each row carries the plan's current document (the person's own list). */
  async list(
    filter: { planId?: string; employeeIds?: string[]; ids?: string[]; withPlan?: boolean },
    tx: Tx | null = null,
  ) {
    const rows = await selectRows<AssignmentRow>(
      tx ?? this.dataSource,
      `${SELECT}
        where ($1::uuid is null or a.plan_id = $1) and ($2::uuid[] is null or a.employee_id = any($2))
          and ($3::uuid[] is null or a.id = any($3))
        order by e.full_name, a.starts_on`,
      [filter.planId ?? null, filter.employeeIds ?? null, filter.ids ?? null, filter.withPlan ?? false],
    );
    return rows.map(toDto);
  }

  /** Which of these people exist, with their full names. */
  async people(tx: Tx, employeeIds: string[]): Promise<Map<string, string>> {
    const rows = await selectRows<{ id: string; fullName: string }>(
      tx,
      `select id, full_name as "fullName" from employees where id = any($1::uuid[])`,
      [employeeIds],
    );
    return new Map(rows.map((r) => [r.id, r.fullName]));
  }

  /** Everyone active on a role profile, by name. */
  async onRoleProfile(tx: Tx, roleProfileId: string): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select id from employees where role_profile_id = $1 and status = 'active' order by full_name, id`,
      [roleProfileId],
    );
    return rows.map((r) => r.id);
  }

  /** Read model of talent's role profiles: does one exist. */
  async roleProfileExists(tx: Tx, id: string): Promise<boolean> {
    return (await selectRows(tx, `select 1 from role_profiles where id = $1`, [id])).length > 0;
  }

  /** Role profiles (their current version's names) with how many active people are on each. */
  roleProfiles(): Promise<AssignableRoleProfileDto[]> {
    return selectRows<AssignableRoleProfileDto>(
      this.dataSource,
      `select p.id, p.code, v.name_en as "nameEn", v.name_zh as "nameZh",
              (select count(*)::int from employees e where e.role_profile_id = p.id and e.status = 'active') as people
         from role_profiles p
         join role_profile_versions v on v.profile_id = p.id and v.version = p.current_version
        order by v.name_en`,
      [],
    );
  }

  /** Active people whose name or email contains the search (at most 50), with the plan they hold on a day. */
  candidates(search: string, day: string): Promise<AssignableEmployeeDto[]> {
    return selectRows<AssignableEmployeeDto>(
      this.dataSource,
      `select e.id, e.full_name as "fullName", e.email, e.role_profile_id as "roleProfileId",
              (select p.code from plan_assignments a join commission_plans p on p.id = a.plan_id
                where a.employee_id = e.id and a.starts_on <= $2::date and (a.ends_on is null or a.ends_on >= $2::date)
                limit 1) as "currentPlanCode"
         from employees e
        where e.status = 'active'
          and ($1 = '' or e.full_name ilike '%' || $1 || '%' or e.email ilike '%' || $1 || '%')
        order by e.full_name, e.id
        limit 50`,
      [search.replace(/[\\%_]/g, (c) => `\\${c}`), day],
    );
  }

  /** Serialises assignment writes, so that two requests cannot both pass the overlap check. */
  async lockAssignments(tx: Tx): Promise<void> {
    await tx.query(`select pg_advisory_xact_lock(hashtext('compensation.assignments'))`);
  }

  /** People among these who already hold an assignment overlapping [startsOn, endsOn]. */
  async overlapping(
    tx: Tx,
    employeeIds: string[],
    startsOn: string,
    endsOn: string | null,
  ): Promise<string[]> {
    const rows = await selectRows<{ employeeId: string }>(
      tx,
      `select distinct employee_id as "employeeId" from plan_assignments
        where employee_id = any($1::uuid[])
          and daterange(starts_on, ends_on, '[]') && daterange($2::date, $3::date, '[]')`,
      [employeeIds, startsOn, endsOn],
    );
    return rows.map((r) => r.employeeId);
  }

  async insert(tx: Tx, planId: string, startsOn: string, endsOn: string | null, rows: NewAssignment[]) {
    const created = await selectRows<{ id: string; employeeId: string }>(
      tx,
      `insert into plan_assignments (plan_id, employee_id, starts_on, ends_on)
       select $1, e, $3, $4 from unnest($2::uuid[]) as e
       returning id, employee_id as "employeeId"`,
      [planId, rows.map((r) => r.employeeId), startsOn, endsOn],
    );
    const idOf = new Map(created.map((c) => [c.employeeId, c.id]));
    const quotas = rows.flatMap((r) =>
      r.quotas.map((q) => ({
        assignment_id: idOf.get(r.employeeId),
        period_key: q.period,
        metric: q.metric,
        value: q.value,
      })),
    );
    if (quotas.length)
      await tx.query(
        `insert into assignment_quotas (assignment_id, period_key, metric, value)
         select q.assignment_id, q.period_key, q.metric, q.value::numeric
           from jsonb_to_recordset($1::jsonb) as q(assignment_id uuid, period_key text, metric text, value text)`,
        [JSON.stringify(quotas)],
      );
    return created.map((c) => c.id);
  }

  async acknowledge(tx: Tx, id: string, name: string): Promise<void> {
    await tx.query(
      `update plan_assignments set acknowledged_at = now(), acknowledged_name = $2
        where id = $1 and acknowledged_at is null`,
      [id, name],
    );
  }
}
