/**
 * npm run bench:run   (builds the API first)
 *
 * A commission run at scale on a fresh database: 10,000 payees on one plan (a marginal
 * tier table on revenue attainment gated on units, a product SPIF, a quota-club bonus, a
 * draw), 5,000,000 credits in the month. It times, in the same database and script:
 *  - the plain aggregate: one `SUM … GROUP BY payee` with one sum per component basis over
 *    the same credits (the least any run must read), best of three warm runs;
 *  - the whole run: RunCalculator in one transaction, as a worker does it (totals per batch
 *    of 1,000 payees, the engine's evaluation, statements written per batch), best of three
 *    (each rolled back, so each writes the same 10,000 statements);
 * and reports the ratio and this process's peak RSS. Options: --payees N --credits N.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RunCalculator } from '@cadre/api/compensation';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PAYEES = option('payees', 10_000);
const CREDITS = option('credits', 5_000_000);
const MONTH = '2026-10';

const PLAN = {
  id: 'bench',
  currency: 'CNY',
  period: 'month',
  components: [
    {
      id: 'rev',
      type: 'tiered',
      metric: 'revenue',
      basis: 'attainment',
      mode: 'marginal',
      tiers: [
        { upTo: '0.5', rate: '0.02' },
        { upTo: '1.0', rate: '0.05' },
        { upTo: null, rate: '0.08' },
      ],
      gate: { metric: 'units', minAttainment: '0.5' },
    },
    { id: 'spif', type: 'rate', metric: 'revenue', rate: '0.01', filter: { product: 'beta' } },
    { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1.0', amount: '3000' },
  ],
  draw: { amount: '2000', recoverable: true },
};

async function main(): Promise<void> {
  // No worker in the server: this script calculates the run itself, and times it.
  process.env['CADRE_RUN_WORKERS'] = '0';
  await globalSetup();
  const db = await new DataSource({
    type: 'postgres',
    url: process.env['CADRE_E2E_DATABASE_URL'],
    extra: { max: 4, statement_timeout: 0 },
  }).initialize();
  try {
    const seeded = Date.now();
    await seed(db);
    await db.query('vacuum analyze sales_transactions');
    await db.query('vacuum analyze sales_credits');
    console.log(
      `seeded ${PAYEES} payees and ${CREDITS} credits in ${Math.round((Date.now() - seeded) / 1000)} s`,
    );

    const plain = await bestOf(3, () =>
      db.query(
        `select c.employee_id, sum((t.metric_values ->> 'revenue')::numeric * c.share),
                sum((t.metric_values ->> 'revenue')::numeric * c.share) filter (where t.product_line = 'beta'),
                sum((t.metric_values ->> 'units')::numeric * c.share)
           from sales_credits c join sales_transactions t on t.id = c.transaction_id
          where c.occurred_on between '2026-10-01' and '2026-10-31'
          group by c.employee_id`,
      ),
    );
    const calculator = RunCalculator.standalone(db);
    let written = 0;
    const run = await bestOf(3, async () => {
      const runner = db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const runId = randomUUID();
        await runner.query(
          `insert into commission_runs (id, period_key, status) values ($1, $2, 'running')`,
          [runId, MONTH],
        );
        const outcome = await calculator.calculate(runner.manager, runId, MONTH, async () => undefined);
        written = outcome.statementsWritten;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(`plain aggregate (sum per payee and basis): ${plain.toFixed(0)} ms`);
    console.log(`whole run (${written} statements written): ${run.toFixed(0)} ms`);
    console.log(`ratio: ${(run / plain).toFixed(2)}× the plain aggregate (goal: within 4×)`);
    console.log(`peak RSS of this process: ${peak.toFixed(0)} MB`);
  } finally {
    await db.destroy();
    await globalTeardown();
  }
}

async function bestOf(times: number, work: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

async function seed(db: DataSource): Promise<void> {
  const [unit] = await db.query(`insert into org_units (name, kind) values ('Bench', 'region') returning id`);
  await db.query(
    `insert into metrics (code, name_en, name_zh, unit, currency, aggregation) values
       ('revenue', 'Revenue', '收入', 'money', 'CNY', 'sum'), ('units', 'Units', '台数', 'count', null, 'sum')`,
  );
  await db.query(
    `insert into employees (full_name, email, job_title, hire_date, org_unit_id)
     select 'Payee ' || i, 'payee-' || i || '@bench.test', 'AE', '2020-01-01', $1 from generate_series(1, $2) i`,
    [unit.id, PAYEES],
  );
  const [plan] = await db.query(
    `insert into commission_plans (code, name, currency, period) values ('bench', 'Bench', 'CNY', 'month') returning id`,
  );
  await db.query(
    `insert into commission_plan_versions (plan_id, version, status, effective_from, document, published_at)
     values ($1, 1, 'published', '2020-01-01', $2::jsonb, now())`,
    [plan.id, JSON.stringify(PLAN)],
  );
  await db.query(
    `with a as (
       insert into plan_assignments (plan_id, employee_id, starts_on) select $1, id, '2020-01-01' from employees
       returning id)
     insert into assignment_quotas (assignment_id, period_key, metric, value)
     select a.id, $2, m.metric, m.value from a cross join (values ('revenue', 250000), ('units', 250)) as m(metric, value)`,
    [plan.id, MONTH],
  );
  // Credits in chunks of a million: one transaction each, a deal each, to one payee.
  const people: { id: string }[] = await db.query(`select id from employees order by id`);
  const ids = people.map((p) => p.id);
  for (let from = 0; from < CREDITS; from += 1_000_000) {
    const to = Math.min(CREDITS, from + 1_000_000);
    await db.query(
      `with deals as (
         insert into sales_transactions (source, external_id, occurred_on, product_line, metric_values, fingerprint)
         select 'bench', i::text, date '2026-10-01' + (i % 31), case when i % 5 = 0 then 'beta' else 'alpha' end,
                jsonb_build_object('revenue', ((i::bigint * 7919) % 100000 + 100)::text || '.50', 'units', (i % 3)::text), 'x'
           from generate_series($1::int, $2::int) i
         returning id, external_id, occurred_on)
       insert into sales_credits (transaction_id, employee_id, overlay, share, occurred_on)
       select d.id, ($3::uuid[])[(d.external_id::int % $4) + 1], false, 1, d.occurred_on from deals d`,
      [from + 1, to, ids, ids.length],
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
