import { Injectable } from '@nestjs/common';
import { selectRows, type Tx } from '@cadre/api/core';
import type { Basis } from '@cadre/compensation/engine';
import { totalsQuery } from './run-totals.sql';

export interface RunPayeeRow {
  employeeId: string;
  fullName: string;
  hireDate: string;
  assignmentId: string;
  planVersionId: string;
}

export interface PlanVersionRow {
  id: string;
  planCode: string;
  version: number;
  document: Record<string, unknown>;
}

export type TotalsRow = { employeeId: string } & Record<string, string | null>;

/**
 * What a run reads, each in one set-based query. Read model: identity's employees (names,
 * hire dates) and performance's credits are read, never written.
 */
@Injectable()
export class RunInputsRepository {
  /**
   * Everyone assigned a plan of the period's kind on some day of it, with the version that
   * pays; `employeeId` narrows it to one person (the pay estimator).
   */
  payees(
    tx: Tx,
    kind: 'month' | 'quarter',
    first: string,
    last: string,
    employeeId: string | null = null,
  ): Promise<RunPayeeRow[]> {
    return selectRows<RunPayeeRow>(
      tx,
      `select a.employee_id as "employeeId", e.full_name as "fullName", e.hire_date::text as "hireDate",
              a.id as "assignmentId", v.id as "planVersionId"
         from plan_assignments a
         join commission_plans p on p.id = a.plan_id and p.period = $1
         join employees e on e.id = a.employee_id
         join lateral (
           select v.id from commission_plan_versions v
            where v.plan_id = p.id and v.status = 'published' and v.effective_from <= $3::date
            order by v.effective_from desc, v.version desc limit 1) v on true
        where a.starts_on <= $3::date and (a.ends_on is null or a.ends_on >= $2::date)
          and ($4::uuid is null or a.employee_id = $4::uuid)
        order by v.id, a.employee_id`,
      [kind, first, last, employeeId],
    );
  }

  /** Everyone assigned one plan on some day of a period (the plan's draft preview), in name order. */
  planPayees(
    tx: Tx,
    planId: string,
    first: string,
    last: string,
  ): Promise<Omit<RunPayeeRow, 'planVersionId'>[]> {
    return selectRows(
      tx,
      `select a.employee_id as "employeeId", e.full_name as "fullName", e.hire_date::text as "hireDate",
              a.id as "assignmentId"
         from plan_assignments a join employees e on e.id = a.employee_id
        where a.plan_id = $1 and a.starts_on <= $3::date and (a.ends_on is null or a.ends_on >= $2::date)
        order by e.full_name, a.employee_id`,
      [planId, first, last],
    );
  }

  planVersions(tx: Tx, ids: string[]): Promise<PlanVersionRow[]> {
    return selectRows<PlanVersionRow>(
      tx,
      `select v.id, p.code as "planCode", v.version, v.document
         from commission_plan_versions v join commission_plans p on p.id = v.plan_id where v.id = any($1::uuid[])`,
      [ids],
    );
  }

  quotas(tx: Tx, assignmentIds: string[], periodKey: string) {
    return selectRows<{ assignmentId: string; metric: string; value: string }>(
      tx,
      `select assignment_id as "assignmentId", metric, value::text as value
         from assignment_quotas where assignment_id = any($1::uuid[]) and period_key = $2`,
      [assignmentIds, periodKey],
    );
  }

  /** Each payee's balance after the previous period: the latest version of its stored statement. */
  openingBalances(tx: Tx, employeeIds: string[], previousKey: string) {
    return selectRows<{ employeeId: string; balance: string }>(
      tx,
      `select distinct on (employee_id) employee_id as "employeeId", balance::text as balance
         from commission_statements
        where employee_id = any($1::uuid[]) and period_key = $2 and status <> 'recalculated'
        order by employee_id, version desc`,
      [employeeIds, previousKey],
    );
  }

  /** The period kind of the plan a person holds on a day, if any. */
  async periodKindOn(tx: Tx, employeeId: string, day: string): Promise<'month' | 'quarter' | null> {
    const rows = await selectRows<{ period: 'month' | 'quarter' }>(
      tx,
      `select p.period from plan_assignments a join commission_plans p on p.id = a.plan_id
        where a.employee_id = $1 and a.starts_on <= $2::date and (a.ends_on is null or a.ends_on >= $2::date)`,
      [employeeId, day],
    );
    return rows[0]?.period ?? null;
  }

  /** The values a sale's attributes take in a person's credited sales, and in a plan's filters, for picking. */
  attributeValues(tx: Tx, employeeId: string) {
    return selectRows<{ product: string[]; region: string[]; segment: string[] }>(
      tx,
      `select coalesce(array_agg(distinct t.product_line) filter (where t.product_line <> ''), '{}') as product,
              coalesce(array_agg(distinct t.region) filter (where t.region <> ''), '{}') as region,
              coalesce(array_agg(distinct t.segment) filter (where t.segment <> ''), '{}') as segment
         from sales_credits c join sales_transactions t on t.id = c.transaction_id
        where c.employee_id = $1`,
      [employeeId],
    );
  }

  totals(tx: Tx, bases: Basis[], employeeIds: string[], first: string, last: string): Promise<TotalsRow[]> {
    const query = totalsQuery(bases);
    return selectRows<TotalsRow>(tx, query.sql, [employeeIds, first, last, ...query.params]);
  }
}
