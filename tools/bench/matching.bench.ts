/**
 * npm run bench:matching   (builds the API first)
 *
 * The optimal cohort proposal for 500 mentees and 300 mentors, two ways:
 * 1. the assignment alone (the Hungarian method on the mentees × mentor places), in
 *    process, on random scores with a tenth of pairs forbidden;
 * 2. through the real server: mentees with two or three open development needs and
 *    mentors with strengths and capacities 1–3 inserted set-based into a fresh database,
 *    then HR's POST /api/mentorship/cohort-proposals timed over HTTP (facts read, every
 *    pair scored, the assignment solved, the answer serialised).
 * Options: --mentees N --mentors N --runs N (defaults 500, 300, 10).
 */
import { DataSource } from 'typeorm';
import { createCompetency, createTestOrganisation } from '@cadre/api/testing';
import { assignCohort } from '../../libs/api/mentorship/src/matching/cohort-assignment';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';
import { call, login, timed } from './http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MENTEES = option('mentees', 500);
const MENTORS = option('mentors', 300);
const RUNS = option('runs', 10);
const COMPETENCIES = 10;

/** A small deterministic generator, so every run solves the same problem. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function inProcess(): void {
  const next = random(42);
  const places = Array.from({ length: MENTORS }, () => 1 + Math.floor(next() * 3));
  const scores = Array.from({ length: MENTEES }, () =>
    Array.from({ length: MENTORS }, () => (next() < 0.1 ? null : Math.floor(next() * 1000))),
  );
  const times: number[] = [];
  let solution = assignCohort({ menteeCount: MENTEES, mentorPlaces: places, score: (i, j) => scores[i][j] });
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    solution = assignCohort({ menteeCount: MENTEES, mentorPlaces: places, score: (i, j) => scores[i][j] });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const paired = solution.mentorOf.filter((m) => m >= 0).length;
  console.log(
    `assignment alone: ${MENTEES} mentees × ${MENTORS} mentors (${places.reduce((a, b) => a + b, 0)} places), ` +
      `${paired} paired, total ${solution.total / 10}`,
  );
  console.log(
    `  p50 ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, max ${times[times.length - 1]?.toFixed(1)} ms over ${RUNS} runs`,
  );
}

async function overHttp(): Promise<void> {
  await globalSetup();
  const baseUrl = process.env['CADRE_E2E_API_URL'] as string;
  const db = await new DataSource({
    type: 'postgres',
    url: process.env['CADRE_E2E_DATABASE_URL'],
    extra: { max: 2 },
  }).initialize();
  try {
    const org = await createTestOrganisation(db);
    const competencies: string[] = [];
    for (let c = 0; c < COMPETENCIES; c++) competencies.push((await createCompetency(db)).id);
    const hr = await login(baseUrl, org.hr.user.email);
    const seeded = Date.now();
    // Mentees in one team, mentors in the other (so every pair is allowed and cross-unit).
    await db.query(
      `insert into employees (full_name, email, job_title, hire_date, status, org_unit_id)
       select 'Mentee ' || lpad(n::text, 4, '0'), 'mentee' || n || '@example.test', 'Account Executive',
              current_date - (n % 80), 'active', $1
         from generate_series(1, $2) n`,
      [org.myTeam.id, MENTEES],
    );
    await db.query(
      `insert into employees (full_name, email, job_title, hire_date, status, org_unit_id)
       select 'Mentor ' || lpad(n::text, 4, '0'), 'mentor' || n || '@example.test', 'Senior Account Executive',
              date '2015-01-01' + (n * 7), 'active', $1
         from generate_series(1, $2) n`,
      [org.otherTeam.id, MENTORS],
    );
    await db.query(
      `insert into development_needs (employee_id, competency_id, current_level, target_level, gap, source)
       select e.id, c.id, 2, 4, 2, 'hire'
         from (select id, row_number() over (order by email) as n from employees where email like 'mentee%') e
         join (select id, row_number() over (order by id) as k from unnest($1::uuid[]) as id) c
           on (e.n + c.k) % 4 = 0`,
      [competencies],
    );
    await db.query(
      `insert into mentor_profiles (employee_id, capacity, languages, nominated_by)
       select id, 1 + (row_number() over (order by email))::int % 3, '{en,zh}', 'hr'
         from employees where email like 'mentor%'`,
    );
    await db.query(
      `insert into mentor_strengths (employee_id, competency_id, level)
       select e.id, c.id, 3 + (e.n + c.k) % 3
         from (select id, row_number() over (order by email) as n from employees where email like 'mentor%') e
         join (select id, row_number() over (order by id) as k from unnest($1::uuid[]) as id) c
           on (e.n * 3 + c.k) % 5 < 2`,
      [competencies],
    );
    await db.query(
      'analyze employees; analyze development_needs; analyze mentor_profiles; analyze mentor_strengths',
    );
    const menteeIds = (
      (await db.query(`select id from employees where email like 'mentee%' order by email`)) as {
        id: string;
      }[]
    ).map((r) => r.id);
    const [facts] = await db.query(
      `select (select count(*)::int from development_needs) as needs, (select count(*)::int from mentor_strengths) as strengths,
              (select sum(capacity)::int from mentor_profiles) as places`,
    );
    console.log(
      `\nseeded ${MENTEES} mentees (${facts.needs} needs), ${MENTORS} mentors (${facts.strengths} strengths, ${facts.places} places) in ${Date.now() - seeded} ms`,
    );
    const t = await timed(RUNS, () =>
      call<{ pairs: { mentorId: string | null }[]; total: number }>(
        baseUrl,
        hr,
        'POST',
        '/api/mentorship/cohort-proposals',
        { menteeIds },
      ),
    );
    const paired = t.last.pairs.filter((p) => p.mentorId).length;
    console.log(`HR: cohort proposal over HTTP, ${paired} of ${MENTEES} paired, total score ${t.last.total}`);
    console.log(`  p50 ${t.p50} ms, p95 ${t.p95} ms, max ${t.max} ms over ${RUNS} runs`);
  } finally {
    await db.destroy();
    await globalTeardown();
  }
}

async function main(): Promise<void> {
  inProcess();
  await overHttp();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
