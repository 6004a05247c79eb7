import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RunCalculator } from '@cadre/api/compensation';

export interface CompensationSeedContext {
  today: string;
  employeeId: (key: string) => string;
  userId: (email: string) => string;
}

/** The Account Executive plan on the demo's own metrics (docs/commission-plans.md). */
export const DEMO_PLAN = {
  id: 'ae-standard',
  name: 'Account Executive',
  currency: 'CNY',
  period: 'month',
  components: [
    {
      id: 'rev',
      name: 'Revenue with accelerators',
      type: 'tiered',
      metric: 'revenue',
      basis: 'attainment',
      mode: 'marginal',
      tiers: [
        { upTo: '0.5', rate: '0.004' },
        { upTo: '1.0', rate: '0.01' },
        { upTo: '1.5', rate: '0.016' },
        { upTo: null, rate: '0.02' },
      ],
      gate: { metric: 'gross_margin', minAttainment: '0.6' },
    },
    {
      id: 'club',
      name: 'Quota club bonus',
      type: 'bonus',
      metric: 'revenue',
      minAttainment: '1.0',
      amount: '5000',
    },
    {
      id: 'logos',
      name: 'New customer SPIF',
      type: 'rate',
      metric: 'new_customers',
      rate: '500',
    },
  ],
  draw: { amount: '3000', recoverable: true },
  cap: '120000',
};

const monthKey = (today: string, back: number) => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
};

/**
 * The plan assigned to everyone who sold in the last months, quotas from their own
 * averages (so attainment varies around 100%), three months calculated and locked with both
 * approvals, and last month calculated and waiting for the managers. The demo rep joined
 * this month and has not acknowledged the plan yet; Wu Tingting (mentor@) has statements.
 */
export async function seedDemoCompensation(
  tx: EntityManager,
  ctx: CompensationSeedContext,
): Promise<{ statements: number }> {
  const planId = randomUUID();
  const versionId = randomUUID();
  const finance = ctx.userId('finance@cadre.test');
  await tx.query(
    `insert into commission_plans (id, code, name, currency, period) values ($1, 'ae-standard', 'Account Executive', 'CNY', 'month')`,
    [planId],
  );
  await tx.query(
    `insert into commission_plan_versions (id, plan_id, version, status, effective_from, document, created_by_user_id, published_at)
     values ($1, $2, 1, 'published', '2020-01-01', $3::jsonb, $4, now())`,
    [versionId, planId, JSON.stringify(DEMO_PLAN), finance],
  );
  const months = [4, 3, 2, 1, 0].map((back) => monthKey(ctx.today, back));
  const since = `${months[0]}-01`;
  const rep = ctx.employeeId('rep');
  await tx.query(
    `insert into plan_assignments (plan_id, employee_id, starts_on, acknowledged_at, acknowledged_name)
     select $1, e.id, greatest(e.hire_date, $2::date),
            case when e.id <> $3 then least(now(), greatest(e.hire_date, $2::date)::timestamptz + interval '2 days 10 hours') end,
            case when e.id <> $3 then e.full_name end
       from employees e
      where e.status = 'active'
        and (e.id = $3 or exists (select 1 from sales_credits c where c.employee_id = e.id and not c.overlay and c.occurred_on >= $2::date))`,
    [planId, since, rep],
  );
  // Quotas: a person's monthly average of the last year over 0.95, to the thousand; at least 20,000 (revenue) and 6,000 (margin).
  await tx.query(
    `insert into assignment_quotas (assignment_id, period_key, metric, value)
     select a.id, p.key, m.code,
            greatest(case m.code when 'revenue' then 20000 else 6000 end,
                     round(coalesce((select sum(t.amount) from credited_totals t
                                      where t.employee_id = a.employee_id and t.metric_id = m.id), 0) / 12 / 0.95, -3))
       from plan_assignments a
      cross join unnest($2::text[]) as p(key)
       join metrics m on m.code in ('revenue', 'gross_margin')
      where a.plan_id = $1`,
    [planId, months],
  );

  const calculator = RunCalculator.standalone(tx.connection);
  let written = 0;
  for (const [i, period] of months.slice(0, 4).entries()) {
    // Before last month is calculated: Marcus Lee's dispute of a locked month, accepted, so
    // that last month's statement pays the adjustment.
    if (i === 3) await seedAcceptedDispute(tx, ctx, months[1] ?? '');
    const runId = randomUUID();
    await tx.query(
      // Requested early in the month after, as finance would.
      `insert into commission_runs (id, period_key, status, requested_by_user_id, requested_at, started_at)
       values ($1, $2, 'running', $3, ($2 || '-01')::date + interval '1 month 2 days 9 hours',
               ($2 || '-01')::date + interval '1 month 2 days 9 hours')`,
      [runId, period, finance],
    );
    const outcome = await calculator.calculate(tx, runId, period, async () => undefined);
    written += outcome.statementsWritten;
    await tx.query(
      `update commission_runs set status = 'succeeded', finished_at = started_at + interval '4 seconds', attempts = 1,
              payees_total = $2, payees_done = $2,
              statements_written = $3, kept_approved = $4, problems = $5::jsonb where id = $1`,
      [
        runId,
        outcome.payeesTotal,
        outcome.statementsWritten,
        outcome.keptApproved,
        JSON.stringify(outcome.problems),
      ],
    );
    if (i === 3) continue;
    // Approved by the payee's manager's login where there is one (the demo manager), else the admin; then finance.
    await tx.query(
      `with approvals as (
         update commission_statements s
            set status = 'locked',
                manager_approved_by_user_id = coalesce((select m.user_id from employees e join employees m on m.id = e.manager_id
                                                         where e.id = s.employee_id and m.user_id is not null), $2),
                manager_approved_at = now() - interval '20 days', finance_approved_by_user_id = $3,
                finance_approved_at = now() - interval '18 days'
          where s.period_key = $1
         returning s.id, s.manager_approved_by_user_id)
       insert into commission_statement_events (statement_id, action, by_user_id, comment, at)
       select id, 'manager_approved', manager_approved_by_user_id, null, now() - interval '20 days' from approvals
       union all
       select id, 'finance_approved', $3, 'Payroll ' || $1, now() - interval '18 days' from approvals`,
      [period, ctx.userId('admin@cadre.test'), finance],
    );
  }
  // Wu Tingting (mentor@) questions the new-customer SPIF of her latest locked month: open.
  await tx.query(
    `insert into statement_disputes (statement_id, component, reason, status, raised_by_user_id, raised_at)
     select s.id, 'logos', 'The Lakeside Labs account was new to us in that month: it is missing from my new customers.',
            'open', $2, now() - interval '2 days'
       from commission_statements s where s.employee_id = $1 and s.period_key = $3`,
    [ctx.employeeId('ae-1'), ctx.userId('mentor@cadre.test'), months[2]],
  );
  return { statements: written };
}

async function seedAcceptedDispute(tx: EntityManager, ctx: CompensationSeedContext, period: string) {
  const rows: { id: string }[] = await tx.query(
    `insert into statement_disputes (statement_id, component, reason, status, raised_at, resolved_by_user_id, resolved_at, resolution)
     select s.id, 'rev', 'A 160,000 CNY renewal with Harbour Foods was credited to the wrong month.', 'accepted',
            now() - interval '40 days', $2, now() - interval '35 days', 'Checked in the CRM: paid at your rate for that month.'
       from commission_statements s where s.employee_id = $1 and s.period_key = $3
     returning id`,
    [ctx.employeeId('ae-2'), ctx.userId('manager@cadre.test'), period],
  );
  if (!rows[0]) return;
  await tx.query(
    `insert into pay_adjustments (employee_id, amount, reason, source_statement_id, dispute_id, created_at)
     select s.employee_id, 1600.00, 'Harbour Foods renewal credited to the wrong month', s.id, $1, now() - interval '35 days'
       from statement_disputes d join commission_statements s on s.id = d.statement_id where d.id = $1`,
    [rows[0].id],
  );
}
