/**
 * npm run bench:attainment   (builds the API first)
 *
 * Attainment over millions of credits, through the real server (the built API on a fresh
 * database). 10,000 people in 100 teams under 10 regions (the manager's team is one of
 * them, 100 people); 5,000,000 transactions over twelve months, each credited to one
 * person, with revenue and units; the monthly totals built from the credits as the merge
 * keeps them; a quarterly revenue target for everyone and every unit.
 * Cases: the manager's team for the quarter (people × metrics), HR's whole organisation
 * (every unit's subtree rolled up), one person's quarter. Prints p50/p95/max over HTTP.
 * Options: --credits N --runs N (defaults 5000000, 30).
 */
import { DataSource } from 'typeorm';
import { createTestOrganisation } from '@cadre/api/testing';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';
import { call, login, timed } from './http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CREDITS = option('credits', 5_000_000);
const RUNS = option('runs', 30);
const REGIONS = 10;
const TEAMS_PER_REGION = 10;
const PEOPLE_PER_TEAM = 100;

async function main(): Promise<void> {
  await globalSetup();
  const baseUrl = process.env['CADRE_E2E_API_URL'] as string;
  const db = await new DataSource({
    type: 'postgres',
    url: process.env['CADRE_E2E_DATABASE_URL'],
    extra: { max: 2, statement_timeout: 0 },
  }).initialize();
  try {
    const org = await createTestOrganisation(db);
    const [hr, manager, rep] = await Promise.all(
      [org.hr, org.manager, org.rep].map((p) => login(baseUrl, p.user.email)),
    );
    for (const [code, unit] of [
      ['revenue', 'money'],
      ['units', 'count'],
    ] as const)
      await call(baseUrl, hr, 'POST', '/api/performance/metrics', {
        code,
        nameEn: code,
        nameZh: code,
        unit,
        ...(unit === 'money' ? { currency: 'CNY' } : {}),
        aggregation: 'sum',
        higherIsBetter: true,
      });
    await call(baseUrl, hr, 'POST', '/api/performance/calendar/years', { fiscalYear: 2026 });

    const seeded = Date.now();
    await seed(db, org.company.id, org.myTeam.id);
    const [{ credits, totals }] = (await db.query(
      `select (select count(*)::int from sales_credits) as credits, (select count(*)::int from credited_totals) as totals`,
    )) as [{ credits: number; totals: number }];
    console.log(
      `seeded ${credits} credits (${totals} monthly totals) in ${Math.round((Date.now() - seeded) / 1000)} s`,
    );

    const cases: [string, string, string][] = [
      [
        `manager: team, quarter (${PEOPLE_PER_TEAM} people)`,
        manager,
        '/api/performance/attainment/people?period=2026-Q4',
      ],
      [
        `HR: organisation, quarter (${REGIONS * TEAMS_PER_REGION + REGIONS + 4} units)`,
        hr,
        '/api/performance/attainment/units?period=2026-Q4',
      ],
      ['HR: organisation, year', hr, '/api/performance/attainment/units?period=FY2026'],
      ['rep: my numbers (month, quarter, 12-month trend)', rep, '/api/performance/me'],
    ];
    console.log(`\n${RUNS} requests per case, HTTP round trip`);
    console.log('case                                             p50 ms   p95 ms   max ms');
    for (const [label, token, url] of cases) {
      const t = await timed(RUNS, () => call(baseUrl, token, 'GET', url));
      console.log(`${label.padEnd(48)} ${t.p50.padStart(7)}  ${t.p95.padStart(7)}  ${t.max.padStart(7)}`);
    }
  } finally {
    await db.destroy();
    await globalTeardown();
  }
}

/** Regions, teams and people under the company; the manager's team gets its 100 too. Set-based throughout. */
async function seed(db: DataSource, companyId: string, managerTeamId: string): Promise<void> {
  await db.query(
    `insert into org_units (name, kind, parent_id)
     select 'Region ' || r, 'region', $1 from generate_series(1, ${REGIONS}) r`,
    [companyId],
  );
  await db.query(
    `insert into org_units (name, kind, parent_id)
     select u.name || ' team ' || t, 'team', u.id from org_units u cross join generate_series(1, ${TEAMS_PER_REGION - 1}) t
      where u.name like 'Region %'`,
  );
  await db.query(
    `insert into employees (full_name, email, job_title, hire_date, org_unit_id)
     select 'Bench ' || u.name || ' ' || n, 'bench-' || u.id || '-' || n || '@bench.test', 'Account Executive', '2020-01-01', u.id
       from org_units u cross join generate_series(1, ${PEOPLE_PER_TEAM}) n
      where u.kind = 'team' and u.name like 'Region %' or u.id = $1`,
    [managerTeamId],
  );
  await db.query(
    `create temp table bench_people as select id, row_number() over (order by id) as n from employees`,
  );
  const [{ people }] = (await db.query(`select count(*)::int as people from bench_people`)) as [
    { people: number },
  ];
  // Transactions and their credits in chunks of a million, one credit each.
  for (let from = 0; from < CREDITS; from += 1_000_000) {
    const to = Math.min(CREDITS, from + 1_000_000);
    await db.query(
      `insert into sales_transactions (source, external_id, occurred_on, metric_values, fingerprint)
       select 'bench', 'B' || i, date '2026-01-01' + (i % 365),
              jsonb_build_object('revenue', (1000 + i % 50000)::text || '.00', 'units', (1 + i % 5)::text), 'B' || i
         from generate_series($1::int, $2::int) i`,
      [from, to - 1],
    );
    await db.query(
      `insert into sales_credits (transaction_id, employee_id, overlay, share, occurred_on)
       select t.id, p.id, false, 1, t.occurred_on
         from sales_transactions t join bench_people p on p.n = 1 + (substr(t.external_id, 2)::int % $3)
        where t.source = 'bench' and substr(t.external_id, 2)::int between $1 and $2`,
      [from, to - 1, people],
    );
  }
  await db.query(
    `insert into credited_totals (employee_id, metric_id, month, amount, weight, counted)
     select c.employee_id, m.id, date_trunc('month', c.occurred_on)::date, sum(v.value::numeric * c.share), sum(c.share),
            sum(sign(v.value::numeric) * c.share)
       from sales_credits c join sales_transactions t on t.id = c.transaction_id
      cross join lateral jsonb_each_text(t.metric_values) as v(key, value) join metrics m on m.code = v.key
      group by 1, 2, 3`,
  );
  await db.query(
    `insert into targets (metric_id, period_id, employee_id, value)
     select m.id, p.id, e.id, 1500000 from employees e cross join metrics m cross join fiscal_periods p
      where m.code = 'revenue' and p.key = '2026-Q4'`,
  );
  await db.query(
    `insert into targets (metric_id, period_id, org_unit_id, value)
     select m.id, p.id, u.id, 150000000 from org_units u cross join metrics m cross join fiscal_periods p
      where m.code = 'revenue' and p.key = '2026-Q4'`,
  );
  await db.query('analyze');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
