/**
 * npm run bench:readiness   (builds the API first)
 *
 * Career readiness for a 5,000-person organisation, measured through the real server: the
 * built API on a fresh database. Two tracks of four levels (each a role profile of four
 * competencies, the next level asking revenue at 100% in 2 of the last 3 quarters); 50
 * teams of 100 under one region, everyone placed on a level, with four competency evidence
 * rows, and three complete quarters of credited revenue and targets — all inserted
 * set-based. Cases: the rep's own career, a manager's team view, HR's view of one team
 * and of the region (capped at 2,000 people as every unit view is). Prints p50/p95/max.
 * Options: --teams N --size N --runs N (defaults 50, 100, 30).
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { completeCalendarQuarters, createRoleProfile, createTestOrganisation } from '@cadre/api/testing';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';
import { call, login, timed } from './http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const TEAMS = option('teams', 50);
const SIZE = option('size', 100);
const RUNS = option('runs', 30);

async function main(): Promise<void> {
  await globalSetup();
  const baseUrl = process.env['CADRE_E2E_API_URL'] as string;
  const db = await new DataSource({
    type: 'postgres',
    url: process.env['CADRE_E2E_DATABASE_URL'],
    extra: { max: 2 },
  }).initialize();
  try {
    const org = await createTestOrganisation(db);
    const [hr, manager, rep] = await Promise.all(
      [org.hr, org.manager, org.rep].map((p) => login(baseUrl, p.user.email)),
    );
    const quarters = completeCalendarQuarters(3);
    for (const year of new Set(quarters.map((q) => Number(q.key.slice(0, 4)))))
      await call(baseUrl, hr, 'POST', '/api/performance/calendar/years', { fiscalYear: year });
    await call(baseUrl, hr, 'POST', '/api/performance/metrics', {
      code: 'revenue',
      nameEn: 'Revenue',
      nameZh: '收入',
      unit: 'money',
      currency: 'CNY',
      aggregation: 'sum',
      higherIsBetter: true,
    });

    const seeded = Date.now();
    const levels = await seedTracks(db);
    const people = await seedPeople(
      db,
      org.region.id,
      org.myTeam.id,
      org.manager.employee.id,
      org.rep.employee.id,
    );
    await seedFacts(db, levels, quarters);
    console.log(
      `seeded ${people} people on ${TEAMS} teams, 2 tracks × 4 levels in ${Date.now() - seeded} ms`,
    );

    const cases: [string, string, string][] = [
      ['baseline: /api/me', rep, '/api/me'],
      ['rep: my career (readiness explained)', rep, '/api/careers/me'],
      [`manager: team view (${SIZE} people)`, manager, '/api/careers/team'],
      [`HR: one team (${SIZE} people)`, hr, `/api/careers/talent?orgUnitId=${org.myTeam.id}`],
      [
        `HR: the region (${Math.min(2000, people)} of ${people})`,
        hr,
        `/api/careers/talent?orgUnitId=${org.region.id}`,
      ],
    ];
    console.log(`\n${RUNS} requests per case, HTTP round trip`);
    console.log('case                                        p50 ms   p95 ms   max ms   rows');
    for (const [label, token, url] of cases) {
      const t = await timed(RUNS, () => call<unknown>(baseUrl, token, 'GET', url));
      const rows = Array.isArray(t.last) ? String(t.last.length) : '';
      console.log(
        `${label.padEnd(42)} ${t.p50.padStart(7)}  ${t.p95.padStart(7)}  ${t.max.padStart(7)}  ${rows.padStart(5)}`,
      );
    }
  } finally {
    await db.destroy();
    await globalTeardown();
  }
}

/** Two tracks of four levels, each level a role profile of four competencies. */
async function seedTracks(db: DataSource): Promise<string[]> {
  const levels: string[] = [];
  for (const [position, kind] of ['expert', 'management'].entries()) {
    const track = randomUUID();
    await db.query(
      `insert into career_tracks (id, code, kind, name_en, name_zh, position) values ($1, $2, $2, $2, $2, $3)`,
      [track, kind, position + 1],
    );
    for (let rank = 1; rank <= 4; rank++) {
      const profile = await createRoleProfile(db, [
        { targetLevel: Math.min(5, rank + 1), weight: '3', mustHave: true },
        { targetLevel: Math.min(5, rank + 1), weight: '2', mustHave: false },
        { targetLevel: rank, weight: '1', mustHave: false },
        { targetLevel: rank, weight: '1', mustHave: false },
      ]);
      const [level] = await db.query(
        `insert into career_levels (track_id, rank, role_profile_id) values ($1, $2, $3) returning id`,
        [track, rank, profile.id],
      );
      await db.query(
        `insert into career_level_versions (level_id, version, responsibilities_en, responsibilities_zh,
                                            min_months_in_previous_level, results)
         values ($1, 1, 'Sells', '销售', $2, $3)`,
        [
          level.id,
          rank * 12,
          JSON.stringify(
            rank > 1 ? [{ metric: 'revenue', minAttainment: '1.00', quarters: 2, ofQuarters: 3 }] : [],
          ),
        ],
      );
      levels.push(level.id);
    }
  }
  return levels;
}

/** The manager's team and 49 more under the region, 100 people each, all on the expert track. */
async function seedPeople(
  db: DataSource,
  regionId: string,
  myTeamId: string,
  managerId: string,
  repId: string,
) {
  await db.query(
    `insert into org_units (id, name, kind, parent_id)
     select gen_random_uuid(), 'Bench team ' || n, 'team', $1 from generate_series(2, $2) n`,
    [regionId, TEAMS],
  );
  await db.query(
    `insert into employees (full_name, email, job_title, hire_date, status, org_unit_id, manager_id)
     select 'Bench ' || lpad(n::text, 6, '0'), 'bench' || n || '@example.test', 'Account Executive',
            date '2020-01-01' + (n % 1500), 'active', $1, $2
       from generate_series(1, $3) n`,
    [myTeamId, managerId, SIZE - 1],
  );
  await db.query(
    `insert into employees (full_name, email, job_title, hire_date, status, org_unit_id)
     select 'Bench ' || u.name || ' ' || n, 'bench-' || u.id || '-' || n || '@example.test', 'Account Executive',
            date '2020-01-01' + (n % 1500), 'active', u.id
       from org_units u cross join generate_series(1, $1) n where u.name like 'Bench team %'`,
    [SIZE],
  );
  const [{ n }] = await db.query(
    `select count(*)::int as n from employees where email like 'bench%@example.test' or id = $1`,
    [repId],
  );
  return n as number;
}

/**
 * Everyone placed on an expert level by their row number; four evidence rows each; three
 * quarters of revenue and targets, attainment spread from 70% to 130%.
 */
async function seedFacts(db: DataSource, levels: string[], quarters: { key: string; starts: string }[]) {
  const people = `(select id, row_number() over (order by id) as n from employees
                    where email like 'bench%@example.test' or job_title = 'Account Executive') p`;
  await db.query(
    `insert into career_positions (employee_id, level_id, starts_on, source)
     select p.id, ($1::uuid[])[1 + (p.n % 3)::int], date '2021-01-01' + (p.n % 1200)::int, 'placed' from ${people}`,
    [levels.slice(0, 4)],
  );
  await db.query(
    `insert into competency_evidence (employee_id, competency_id, level, source_kind, source_label)
     select p.id, rc.competency_id, 1 + ((p.n + rc.position) % 5)::int, 'assessment', 'Bench'
       from ${people}
       join career_positions cp on cp.employee_id = p.id
       join career_levels l on l.id = cp.level_id
       join role_profiles r on r.id = l.role_profile_id
       join role_profile_versions v on v.profile_id = r.id and v.version = r.current_version
       join role_profile_competencies rc on rc.version_id = v.id`,
  );
  for (const q of quarters) {
    await db.query(
      `insert into credited_totals (employee_id, metric_id, month, amount, weight, counted, overlay_amount, overlay_weight, overlay_counted)
       select p.id, m.id, $1::date, 70000 + (p.n % 7) * 10000, 1, 1, 0, 0, 0
         from ${people} cross join metrics m where m.code = 'revenue'`,
      [q.starts],
    );
    await db.query(
      `insert into targets (metric_id, period_id, employee_id, value)
       select m.id, f.id, p.id, 100000 from ${people} cross join metrics m cross join fiscal_periods f
        where m.code = 'revenue' and f.key = $1`,
      [q.key],
    );
  }
  await db.query(
    'analyze employees; analyze career_positions; analyze competency_evidence; analyze credited_totals; analyze targets',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
