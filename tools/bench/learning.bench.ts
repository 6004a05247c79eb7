/**
 * npm run bench:learning   (builds the API first)
 *
 * "My learning" and the team view with thousands of employees, measured through the real
 * server: the built API on a fresh database. 20 published courses (5 items each) are
 * written through the API; employees (in the manager's team), their enrolments in every
 * course and their progress are inserted set-based. The rep is one of them.
 * Cases: the rep's My learning, one course as the rep opens it, the manager's team view
 * (their whole subtree) and HR's (everyone). Prints p50/p95/max over HTTP.
 * Options: --employees N --runs N (defaults 10000, 30).
 */
import { DataSource } from 'typeorm';
import { createCompetency, createTestOrganisation } from '@cadre/api/testing';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';
import { call, login, timed } from './http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EMPLOYEES = option('employees', 10_000);
const RUNS = option('runs', 30);
const COURSES = 20;

const t = (en: string) => ({ en, zh: `${en}（中文）` });

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
    const competency = await createCompetency(db);
    const [hr, manager, rep] = await Promise.all(
      [org.hr, org.manager, org.rep].map((p) => login(baseUrl, p.user.email)),
    );
    for (let c = 1; c <= COURSES; c++) {
      const course = await call<{ id: string }>(baseUrl, hr, 'POST', '/api/learning/courses', {
        code: `BENCH-${c}`,
        category: 'in-role',
        title: t(`Benchmark course ${c}`),
        summary: t('Five lessons'),
        estimatedMinutes: 50,
        competencies: [{ competencyId: competency.id, level: 2 }],
        certifying: false,
        validityMonths: null,
        modules: [
          {
            title: t('Module'),
            items: Array.from({ length: 5 }, (_, i) => ({
              kind: 'lesson',
              title: t(`Lesson ${i + 1}`),
              body: t('# Lesson\n\nText.'),
              url: null,
              estimatedMinutes: 10,
              quiz: null,
            })),
          },
        ],
      });
      await call(baseUrl, hr, 'POST', `/api/learning/courses/${course.id}/publish`);
    }

    const seeded = Date.now();
    await seed(db, org.myTeam.id, org.manager.employee.id, org.rep.employee.id);
    const [{ enrolments, progress }] = await db.query(
      `select (select count(*)::int from enrolments) as enrolments, (select count(*)::int from enrolment_item_progress) as progress`,
    );
    console.log(
      `seeded ${EMPLOYEES} employees, ${enrolments} enrolments, ${progress} progress rows in ${Date.now() - seeded} ms`,
    );

    const mine = await call<{ enrolments: { id: string }[] }>(baseUrl, rep, 'GET', '/api/learning/me');
    const cases: [string, string, string][] = [
      ['baseline: /api/me', rep, '/api/me'],
      ['rep: My learning (20 courses)', rep, '/api/learning/me'],
      ['rep: one course as it opens', rep, `/api/learning/enrolments/${mine.enrolments[0]?.id}`],
      [`manager: team view (${EMPLOYEES} people)`, manager, '/api/learning/team'],
      ['HR: team view (everyone)', hr, '/api/learning/team'],
    ];
    console.log(`\n${RUNS} requests per case, HTTP round trip`);
    console.log('case                                        p50 ms   p95 ms   max ms');
    for (const [label, token, url] of cases) {
      const t = await timed(RUNS, () => call(baseUrl, token, 'GET', url));
      console.log(`${label.padEnd(42)} ${t.p50.padStart(7)}  ${t.p95.padStart(7)}  ${t.max.padStart(7)}`);
    }
  } finally {
    await db.destroy();
    await globalTeardown();
  }
}

/**
 * Employees in the manager's team; everyone (the rep too) enrolled in every course, due
 * dates spread over two months around today, a third finished, the rest part-way.
 */
async function seed(db: DataSource, unitId: string, managerId: string, repId: string): Promise<void> {
  await db.query(
    `insert into employees (full_name, email, job_title, hire_date, status, org_unit_id, manager_id)
     select 'Bench ' || lpad(n::text, 6, '0'), 'bench' || n || '@example.test', 'Account Executive',
            date '2024-01-01' + (n % 700), 'active', $1, $2
       from generate_series(1, $3) n`,
    [unitId, managerId, EMPLOYEES - 1],
  );
  await db.query(
    `insert into enrolments (employee_id, course_id, course_version_id, origin, due_date, started_at, completed_at)
     select e.id, v.course_id, v.id, 'assigned', current_date - 30 + ((e.n + v.n) % 60)::int,
            now() - interval '20 days',
            case when (e.n + v.n) % 3 = 0 then now() - interval '5 days' end
       from (select id, row_number() over (order by id) as n from employees
              where email like 'bench%@example.test' or id = $1) e
      cross join (select id, course_id, row_number() over (order by course_id) as n from course_versions
                   where status = 'published') v`,
    [repId],
  );
  // Progress: every item of a finished enrolment, the first two of the others.
  await db.query(
    `insert into enrolment_item_progress (enrolment_id, item_id, seconds_spent, completed_at)
     select e.id, (it.item->>'id')::uuid, 300, now() - interval '6 days'
       from enrolments e join course_versions v on v.id = e.course_version_id
       cross join lateral jsonb_array_elements(v.content->0->'items') with ordinality as it(item, n)
      where e.completed_at is not null or it.n <= 2`,
  );
  await db.query('analyze employees; analyze enrolments; analyze enrolment_item_progress');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
