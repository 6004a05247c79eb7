import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { AssignmentProposalDto } from '@cadre/shared/contracts';

interface ProposalRow extends Omit<AssignmentProposalDto, 'createdAt'> {
  createdAt: Date;
}

const plan = (alias: string) =>
  `case when ${alias}.id is null then null
        else jsonb_build_object('id', ${alias}.id, 'code', ${alias}.code, 'name', ${alias}.name) end`;

/** Read model: identity's employees and talent's role profiles are joined for names only. */
const SELECT = `
  select x.id, x.employee_id as "employeeId", e.full_name as "fullName", x.starts_on::text as "startsOn",
         (select jsonb_build_object('en', v.name_en, 'zh', v.name_zh) from role_profile_versions v join role_profiles r on r.id = v.profile_id
           where r.id = x.role_profile_id and v.version = r.current_version) as "roleProfileName",
         x.reason, ${plan('cp')} as "currentPlan", ${plan('sp')} as "suggestedPlan", x.status,
         x.created_at as "createdAt", x.assignment_id as "assignmentId"
    from plan_assignment_proposals x
    join employees e on e.id = x.employee_id
    left join commission_plans sp on sp.id = x.suggested_plan_id
    left join lateral (select p.id, p.code, p.name from plan_assignments a join commission_plans p on p.id = a.plan_id
                        where a.employee_id = x.employee_id and a.starts_on <= x.starts_on
                          and (a.ends_on is null or a.ends_on >= x.starts_on) limit 1) cp on true`;

@Injectable()
export class AssignmentProposalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: { status?: string; ids?: string[] }, tx?: Tx): Promise<AssignmentProposalDto[]> {
    const rows = await selectRows<ProposalRow>(
      tx ?? this.dataSource.manager,
      `${SELECT} where ($1::text is null or x.status = $1) and ($2::uuid[] is null or x.id = any($2))
        order by x.status = 'open' desc, x.starts_on, e.full_name limit 500`,
      [filter.status ?? null, filter.ids ?? null],
    );
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  }

  /**
   * Proposes once per cause, suggesting the plan most people on the role profile hold on
   * the start date. Answers the new proposal's id, or null when the cause had proposed already.
   */
  async propose(
    tx: Tx,
    p: {
      employeeId: string;
      startsOn: string;
      roleProfileId: string;
      reason: string;
      sourceKind: string;
      sourceId: string;
    },
  ): Promise<string | null> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into plan_assignment_proposals (employee_id, starts_on, role_profile_id, suggested_plan_id, reason, source_kind, source_id)
       select $1, $2, $3,
              (select a.plan_id from plan_assignments a join employees e on e.id = a.employee_id
                where e.role_profile_id = $3 and e.id <> $1 and a.starts_on <= $2
                  and (a.ends_on is null or a.ends_on >= $2)
                group by a.plan_id order by count(*) desc, a.plan_id limit 1),
              $4, $5, $6
       on conflict (source_kind, source_id) do nothing returning id`,
      [p.employeeId, p.startsOn, p.roleProfileId, p.reason, p.sourceKind, p.sourceId],
    );
    return row?.id ?? null;
  }

  /** The proposal, locked; null when missing. */
  async lock(tx: Tx, id: string) {
    const [row] = await selectRows<{ employeeId: string; startsOn: string; status: string }>(
      tx,
      `select employee_id as "employeeId", starts_on::text as "startsOn", status
         from plan_assignment_proposals where id = $1 for update`,
      [id],
    );
    return row ?? null;
  }

  /** The assignment the person holds on a day, if any. */
  async heldOn(tx: Tx, employeeId: string, day: string): Promise<{ id: string; planId: string } | null> {
    const [row] = await selectRows<{ id: string; planId: string }>(
      tx,
      `select id, plan_id as "planId" from plan_assignments
        where employee_id = $1 and starts_on <= $2 and (ends_on is null or ends_on >= $2) limit 1`,
      [employeeId, day],
    );
    return row ?? null;
  }

  /** Ends the person's assignment running on the day before `startsOn`, so the new one follows it. */
  async endRunningBefore(tx: Tx, employeeId: string, startsOn: string): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `with ended as (
         update plan_assignments set ends_on = $2::date - 1
          where employee_id = $1 and starts_on < $2 and (ends_on is null or ends_on >= $2)
          returning id)
       select id from ended`,
      [employeeId, startsOn],
    );
    return rows.map((r) => r.id);
  }

  async decide(
    tx: Tx,
    id: string,
    decision: { status: 'confirmed' | 'dismissed'; userId: string; assignmentId: string | null },
  ): Promise<void> {
    await tx.query(
      `update plan_assignment_proposals set status = $2, decided_at = now(), decided_by_user_id = $3, assignment_id = $4
        where id = $1`,
      [id, decision.status, decision.userId, decision.assignmentId],
    );
  }
}
