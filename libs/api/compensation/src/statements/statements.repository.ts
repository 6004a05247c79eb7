import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { Basis, Statement } from '@cadre/compensation/engine';
import type { LineCreditDto, StatementQueuePeriodDto, StatementStatus } from '@cadre/shared/contracts';
import { creditsQuery } from '../runs/run-totals.sql';

export interface NewStatement {
  runId: string;
  employeeId: string;
  periodKey: string;
  planVersionId: string;
  currency: string;
  earnings: string;
  payout: string;
  recovered: string;
  balance: string;
  calculation: Statement;
}

export interface StatementRow {
  id: string;
  employeeId: string;
  fullName: string;
  /** The payee's own sign-in, if any: nobody approves their own statement. */
  userId: string | null;
  periodKey: string;
  version: number;
  currency: string;
  earnings: string;
  payout: string;
  recovered: string;
  balance: string;
  status: StatementStatus;
  managerApprovedBy: string | null;
  managerApprovedByUserId: string | null;
  financeApprovedBy: string | null;
  rejection: string | null;
  previousPayout: string | null;
  planCode: string;
  planVersion: number;
}

export interface PayrollRow {
  employeeId: string;
  fullName: string;
  email: string;
  currency: string;
  payout: string;
  recovered: string;
  balance: string;
  status: StatementStatus;
}

export interface StatementFilter {
  ids?: string[];
  employeeIds?: string[] | null;
  period?: string;
  status?: StatementStatus;
  lockedOnly?: boolean;
  /** Leave out this person's (an approval queue never shows one's own). */
  notEmployeeId?: string | null;
}

/**
 * The latest version of each statement, with who approved it and the same person's payout
 * the period before. Read model: identity's employees and users joined for names.
 */
const SELECT = `
  select s.id, s.employee_id as "employeeId", e.full_name as "fullName", e.user_id as "userId",
         s.period_key as "periodKey", s.version, s.currency,
         s.earnings::text as earnings, s.payout::text as payout, s.recovered::text as recovered,
         s.balance::text as balance, s.status,
         mu.display_name as "managerApprovedBy", s.manager_approved_by_user_id as "managerApprovedByUserId",
         fu.display_name as "financeApprovedBy", s.rejection,
         (select p.payout::text from commission_statements p
           where p.employee_id = s.employee_id and p.period_key < s.period_key and p.status <> 'recalculated'
           order by p.period_key desc, p.version desc limit 1) as "previousPayout",
         cp.code as "planCode", v.version as "planVersion"
    from commission_statements s
    join employees e on e.id = s.employee_id
    join commission_plan_versions v on v.id = s.plan_version_id
    join commission_plans cp on cp.id = v.plan_id
    left join users mu on mu.id = s.manager_approved_by_user_id
    left join users fu on fu.id = s.finance_approved_by_user_id`;

@Injectable()
export class StatementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The period's statements, locked for the run that replaces the drafts among them. */
  lockPeriod(tx: Tx, periodKey: string) {
    return selectRows<{ id: string; employeeId: string; status: StatementStatus }>(
      tx,
      `select id, employee_id as "employeeId", status from commission_statements where period_key = $1 for update`,
      [periodKey],
    );
  }

  async countsOf(periodKey: string): Promise<{ total: number; locked: number }> {
    const rows = await selectRows<{ total: number; locked: number }>(
      this.dataSource,
      `select count(*)::int as total, (count(*) filter (where status = 'locked'))::int as locked
         from commission_statements where period_key = $1 and status <> 'recalculated'`,
      [periodKey],
    );
    return rows[0] ?? { total: 0, locked: 0 };
  }

  /** What a draft about to be replaced should keep: why it was sent back, and its trail. */
  draftsToCarry(tx: Tx, periodKey: string) {
    return selectRows<{ employeeId: string; rejection: string | null; events: unknown[] }>(
      tx,
      `select s.employee_id as "employeeId", s.rejection,
              coalesce(jsonb_agg(jsonb_build_object('action', e.action, 'by', e.by_user_id, 'comment', e.comment,
                                                    'at', e.at) order by e.at)
                         filter (where e.id is not null), '[]') as events
         from commission_statements s left join commission_statement_events e on e.statement_id = s.id
        where s.period_key = $1 and s.status = 'draft'
        group by s.employee_id, s.rejection
       having s.rejection is not null or count(e.id) > 0`,
      [periodKey],
    );
  }

  /** Gives the new drafts the reason and trail of the drafts they replaced. */
  async carryOver(
    tx: Tx,
    rows: { statementId: string; rejection: string | null; events: unknown[] }[],
  ): Promise<void> {
    if (!rows.length) return;
    const json = JSON.stringify(
      rows.map((r) => ({ statement_id: r.statementId, rejection: r.rejection, events: r.events })),
    );
    await tx.query(
      `update commission_statements s set rejection = r.rejection
         from jsonb_to_recordset($1::jsonb) as r(statement_id uuid, rejection text, events jsonb)
        where s.id = r.statement_id`,
      [json],
    );
    await tx.query(
      `insert into commission_statement_events (statement_id, action, by_user_id, comment, at)
       select r.statement_id, e.action, e.by, e.comment, e.at
         from jsonb_to_recordset($1::jsonb) as r(statement_id uuid, rejection text, events jsonb)
        cross join jsonb_to_recordset(r.events) as e(action text, by uuid, comment text, at timestamptz)`,
      [json],
    );
  }

  async deleteDrafts(tx: Tx, periodKey: string): Promise<void> {
    await tx.query(`delete from commission_statements where period_key = $1 and status = 'draft'`, [
      periodKey,
    ]);
  }

  /**
   * One batch in one statement, as drafts (a period run: version 1) or as recalculated
   * versions beside locked statements; answers each new statement's id by payee.
   */
  async insertMany(
    tx: Tx,
    rows: (NewStatement & { version?: number })[],
    status: 'draft' | 'recalculated' = 'draft',
  ): Promise<Map<string, string>> {
    if (!rows.length) return new Map();
    const created = await selectRows<{ id: string; employeeId: string }>(
      tx,
      `insert into commission_statements
         (run_id, employee_id, period_key, version, plan_version_id, currency, earnings, payout, recovered, balance,
          calculation, status)
       select r.run_id, r.employee_id, r.period_key, r.version, r.plan_version_id, r.currency, r.earnings::numeric,
              r.payout::numeric, r.recovered::numeric, r.balance::numeric, r.calculation, $2
         from jsonb_to_recordset($1::jsonb) as r(run_id uuid, employee_id uuid, period_key text, version int,
              plan_version_id uuid, currency text, earnings text, payout text, recovered text, balance text,
              calculation jsonb)
       returning id, employee_id as "employeeId"`,
      [
        JSON.stringify(
          rows.map((r) => ({
            run_id: r.runId,
            employee_id: r.employeeId,
            period_key: r.periodKey,
            version: r.version ?? 1,
            plan_version_id: r.planVersionId,
            currency: r.currency,
            earnings: r.earnings,
            payout: r.payout,
            recovered: r.recovered,
            balance: r.balance,
            calculation: r.calculation,
          })),
        ),
        status,
      ],
    );
    return new Map(created.map((c) => [c.employeeId, c.id]));
  }

  /** For payroll: the latest paid version of each person's statement of a period (no recalculated ones). */
  payrollRows(periodKey: string) {
    return selectRows<PayrollRow>(
      this.dataSource,
      `select distinct on (s.employee_id) s.employee_id as "employeeId", e.full_name as "fullName", e.email,
              s.currency, s.payout::text as payout, s.recovered::text as recovered, s.balance::text as balance, s.status
         from commission_statements s join employees e on e.id = s.employee_id
        where s.period_key = $1 and s.status <> 'recalculated'
        order by s.employee_id, s.version desc`,
      [periodKey],
    );
  }

  list(filter: StatementFilter, tx: Tx | null = null, limit = 2000, offset = 0): Promise<StatementRow[]> {
    return selectRows<StatementRow>(
      tx ?? this.dataSource,
      `${SELECT}
        where ($1::uuid[] is null or s.id = any($1)) and ($2::uuid[] is null or s.employee_id = any($2))
          and ($3::text is null or s.period_key = $3) and ($4::text is null or s.status = $4)
          and (not $5 or s.status = 'locked') and s.status <> 'recalculated'
          and ($7::uuid is null or s.employee_id <> $7)
        order by s.period_key desc, e.full_name, s.version desc
        limit $6 offset $8`,
      [
        filter.ids ?? null,
        filter.employeeIds ?? null,
        filter.period ?? null,
        filter.status ?? null,
        filter.lockedOnly ?? false,
        limit,
        filter.notEmployeeId ?? null,
        offset,
      ],
    );
  }

  /** An approval queue's periods: per period, the statements at each step and their payouts, newest first. */
  queuePeriods(
    employeeIds: string[] | null,
    notEmployeeId: string | null,
  ): Promise<StatementQueuePeriodDto[]> {
    return selectRows<StatementQueuePeriodDto>(
      this.dataSource,
      `select period_key as period, count(*)::int as total,
              count(*) filter (where status = 'draft')::int as draft,
              count(*) filter (where status = 'manager_approved')::int as "managerApproved",
              count(*) filter (where status = 'locked')::int as locked,
              -- A sum only of one currency: plans of different currencies are not added up.
              case when count(distinct currency) = 1 then sum(payout)::text end as payout,
              min(currency) as currency
         from commission_statements
        where status <> 'recalculated' and ($1::uuid[] is null or employee_id = any($1))
          and ($2::uuid is null or employee_id <> $2)
        group by period_key
        order by period_key desc`,
      [employeeIds, notEmployeeId],
    );
  }

  /** The plan version document a statement was calculated with. */
  async planDocumentOf(id: string): Promise<Record<string, unknown> | null> {
    const rows = await selectRows<{ document: Record<string, unknown> }>(
      this.dataSource,
      `select v.document from commission_statements s join commission_plan_versions v on v.id = s.plan_version_id
        where s.id = $1`,
      [id],
    );
    return rows[0]?.document ?? null;
  }

  /** The credits a basis of a person's period adds up (read model of performance's sales), a page at a time. */
  async lineCredits(
    basis: Basis,
    employeeId: string,
    first: string,
    last: string,
    limit: number,
    offset: number,
  ) {
    const query = creditsQuery(basis);
    return selectRows<LineCreditDto & { totalCount: number }>(this.dataSource, query.sql, [
      employeeId,
      first,
      last,
      limit,
      offset,
      ...query.params,
    ]);
  }

  /** For a decision: the statements locked, so that two approvals in parallel take turns. */
  lockForDecision(tx: Tx, ids: string[]) {
    return selectRows<{ id: string }>(
      tx,
      `select id from commission_statements where id = any($1::uuid[]) order by id for update`,
      [ids],
    );
  }

  async calculation(id: string): Promise<Statement | null> {
    const rows = await selectRows<{ calculation: Statement }>(
      this.dataSource,
      `select calculation from commission_statements where id = $1`,
      [id],
    );
    return rows[0]?.calculation ?? null;
  }

  /** Locked payouts of a person in a calendar year, up to and including a period. */
  async earningsToDate(employeeId: string, periodKey: string): Promise<string> {
    const rows = await selectRows<{ total: string }>(
      this.dataSource,
      `select coalesce(sum(payout), 0)::text as total from (
         select distinct on (period_key) payout, status from commission_statements
          where employee_id = $1 and period_key like $2 || '%' and period_key <= $3 and status <> 'recalculated'
          order by period_key, version desc) latest
        where status = 'locked'`,
      [employeeId, periodKey.slice(0, 4), periodKey],
    );
    return rows[0]?.total ?? '0';
  }

  /** Recalculated versions beside a locked statement, with the difference each carried forward. */
  recalculationsOf(statementId: string) {
    return selectRows<{ version: number; payout: string; difference: string; createdAt: Date }>(
      this.dataSource,
      `select r.version, (r.calculation ->> 'payout') as payout,
              coalesce((select a.amount::text from pay_adjustments a where a.source_statement_id = r.id), '0.00') as difference,
              r.created_at as "createdAt"
         from commission_statements s
         join commission_statements r on r.employee_id = s.employee_id and r.period_key = s.period_key
                                     and r.status = 'recalculated'
        where s.id = $1 order by r.version`,
      [statementId],
    );
  }

  /**
   * For a recalculation: per payee of the period, the locked statement and the engine payout
   * of the latest version (locked or recalculated), against which a new version is compared.
   */
  lockedForRecalculation(tx: Tx, periodKey: string) {
    return selectRows<{ employeeId: string; version: number; payout: string }>(
      tx,
      `select distinct on (employee_id) employee_id as "employeeId", version, calculation ->> 'payout' as payout
         from commission_statements
        where period_key = $1 and employee_id in (select employee_id from commission_statements
                                                  where period_key = $1 and status = 'locked')
        order by employee_id, version desc`,
      [periodKey],
    );
  }

  events(statementId: string) {
    return selectRows<{ action: string; by: string; at: Date; comment: string | null }>(
      this.dataSource,
      `select ev.action, coalesce(u.display_name, '') as by, ev.at, ev.comment
         from commission_statement_events ev left join users u on u.id = ev.by_user_id
        where ev.statement_id = $1 order by ev.at`,
      [statementId],
    );
  }

  async managerApprove(tx: Tx, ids: string[], userId: string, comment: string | null): Promise<void> {
    await tx.query(
      `update commission_statements set status = 'manager_approved', manager_approved_by_user_id = $2,
              manager_approved_at = now(), rejection = null
        where id = any($1::uuid[])`,
      [ids, userId],
    );
    await this.event(tx, ids, 'manager_approved', userId, comment);
  }

  async financeApprove(tx: Tx, ids: string[], userId: string, comment: string | null): Promise<void> {
    await tx.query(
      `update commission_statements set status = 'locked', finance_approved_by_user_id = $2, finance_approved_at = now()
        where id = any($1::uuid[])`,
      [ids, userId],
    );
    await this.event(tx, ids, 'finance_approved', userId, comment);
  }

  async reject(tx: Tx, ids: string[], userId: string, reason: string): Promise<void> {
    await tx.query(
      `update commission_statements set status = 'draft', manager_approved_by_user_id = null,
              manager_approved_at = null, rejection = $2
        where id = any($1::uuid[])`,
      [ids, reason],
    );
    await this.event(tx, ids, 'rejected', userId, reason);
  }

  private async event(tx: Tx, ids: string[], action: string, userId: string, comment: string | null) {
    await tx.query(
      `insert into commission_statement_events (statement_id, action, by_user_id, comment)
       select id, $2, $3, $4 from unnest($1::uuid[]) as id`,
      [ids, action, userId, comment],
    );
  }
}
