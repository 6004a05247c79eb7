/**
 * npm run bench:ranking   (builds the API first)
 *
 * The fit ranking of one requisition with thousands of applications, measured through
 * the real server: the built API on a fresh database, an HR user's token, and
 * GET /api/requisitions/:id/applications for the first page, a deep page, the board's
 * 500 and one stage. Candidates, applications and interviewer assignments are inserted
 * set-based (generate_series), with deterministic fit scores and knock-outs.
 * Options: --applications N --runs N (defaults 5000, 30).
 */
import { DataSource } from 'typeorm';
import { createRoleProfile, createTestOrganisation } from '@cadre/api/testing';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';
import { call, login, timed } from './http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const APPLICATIONS = option('applications', 5_000);
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
    const profile = await createRoleProfile(db);
    const token = await login(baseUrl, org.hr.user.email);
    const requisition = await call<{ id: string }>(baseUrl, token, 'POST', '/api/requisitions', {
      title: 'Account Executive (benchmark)',
      roleProfileId: profile.id,
      orgUnitId: org.myTeam.id,
      hiringManagerId: org.manager.employee.id,
      headcount: 3,
      status: 'open',
    });

    const seeded = Date.now();
    await seed(db, requisition.id, profile.versionId, [org.manager.user.id, org.rep.user.id]);
    console.log(`seeded ${APPLICATIONS} applications in ${Date.now() - seeded} ms`);

    const path = `/api/requisitions/${requisition.id}/applications`;
    const cases: [string, string][] = [
      ['baseline: the requisition itself', `/api/requisitions/${requisition.id}`],
      ['first page (limit 50)', `${path}?limit=50`],
      ['deep page (offset total-50)', `${path}?limit=50&offset=${Math.max(0, APPLICATIONS - 50)}`],
      ["the board's 500", `${path}?limit=500`],
      ['one stage (interview, limit 50)', `${path}?limit=50&stage=interview`],
    ];
    console.log(`\n${APPLICATIONS} applications, ${RUNS} requests per case, HTTP round trip`);
    console.log('case                              p50 ms   p95 ms   max ms   rows');
    for (const [label, url] of cases) {
      const t = await timed(RUNS, () => call<{ items?: unknown[] }>(baseUrl, token, 'GET', url));
      const rows = t.last.items?.length ?? 1;
      console.log(
        `${label.padEnd(32)} ${t.p50.padStart(7)}  ${t.p95.padStart(7)}  ${t.max.padStart(7)}  ${String(rows).padStart(5)}`,
      );
    }
  } finally {
    await db.destroy();
    await globalTeardown();
  }
}

/** Candidates, applications spread over the open stages, two interviewers each, fit set. */
async function seed(db: DataSource, requisitionId: string, versionId: string, interviewers: string[]) {
  await db.query(
    `insert into candidates (id, full_name, email, source, years_experience)
     select gen_random_uuid(), 'Candidate ' || lpad(n::text, 6, '0'), 'bench' || n || '@example.test',
            'job_board', (n % 15)::numeric
       from generate_series(1, $1) n`,
    [APPLICATIONS],
  );
  await db.query(
    `insert into applications (candidate_id, requisition_id, role_profile_version_id, stage, fit_score, knocked_out, fit)
     select c.id, $1, $2,
            (array['applied','screening','interview','assessment','offer'])[1 + (n % 5)]::application_stage,
            case when n % 7 = 0 then null else round((((n * 7919) % 10000) / 100.0)::numeric, 2) end,
            n % 7 <> 0 and n % 6 = 0,
            case when n % 7 = 0 then null
                 else jsonb_build_object('scorecards', 2, 'disagreement', n % 11 = 0) end
       from (select id, row_number() over (order by full_name) as n
               from candidates where email like 'bench%@example.test') c`,
    [requisitionId, versionId],
  );
  await db.query(
    `insert into application_interviewers (application_id, user_id)
     select a.id, u from applications a cross join unnest($2::uuid[]) u where a.requisition_id = $1`,
    [requisitionId, interviewers],
  );
  await db.query('analyze candidates; analyze applications; analyze application_interviewers');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
