/**
 * npm run bench:api   (builds the API first)
 *
 * Throughput of the health route and three hot authenticated reads, in one run against
 * the built server on a fresh database: 50 connections (autocannon, in this process, on
 * 127.0.0.1), each route warmed for 2 s and then measured for --seconds (default 10).
 * The organisation is the test factories' plus --employees (default 300) people in the
 * manager's team, so the manager's employee list pages through a real subtree.
 * Prints requests per second, p50/p99 latency and each read's share of the health route's
 * throughput (the goal in docs/benchmarks.md: at least 50%, p99 under 100 ms).
 * --only TEXT measures health and the routes whose label contains TEXT. To profile the
 * server meanwhile: CADRE_E2E_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
 */
import autocannon, { type Result } from 'autocannon';
import { DataSource } from 'typeorm';
import { createTestOrganisation } from '@cadre/api/testing';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';
import { login } from './http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = option('seconds', 10);
const CONNECTIONS = option('connections', 50);
const EMPLOYEES = option('employees', 300);
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

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
    await db.query(
      `insert into employees (full_name, email, job_title, hire_date, status, org_unit_id, manager_id)
       select 'Bench Person ' || n, 'bench-' || n || '@example.test', 'Account Executive',
              date '2024-01-01' + n, 'active', $1, $2
         from generate_series(1, $3) as n`,
      [org.myTeam.id, org.manager.employee.id, EMPLOYEES],
    );
    await db.query('analyze');
    const manager = await login(baseUrl, org.manager.user.email);
    const cases: [string, string, string | null][] = [
      ['GET /api/health', '/api/health', null],
      ['GET /api/me (manager)', '/api/me', manager],
      // The people page asks for 25 a page; 50 is the API's default.
      ['GET /api/employees?limit=25 (manager, subtree)', '/api/employees?limit=25', manager],
      ['GET /api/employees (manager, 50 of subtree)', '/api/employees', manager],
      ['GET /api/competencies (manager)', '/api/competencies', manager],
    ];
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s per route after 2 s of warm-up, ${EMPLOYEES + 6} employees`,
    );
    console.log(
      'route                                          req/s   p50 ms  p99 ms  errors  share of health',
    );
    let health = 0;
    for (const [label, path, token] of cases.filter(
      ([l]) => !ONLY || l.includes(ONLY) || l.includes('health'),
    )) {
      await run(baseUrl + path, token, 2);
      const result = await run(baseUrl + path, token, SECONDS);
      const rps = result.requests.average;
      if (!token) health = rps;
      const failed = result.errors + result.non2xx + result.timeouts;
      console.log(
        `${label.padEnd(44)} ${rps.toFixed(0).padStart(7)}  ${String(result.latency.p50).padStart(6)}  ${String(
          result.latency.p99,
        ).padStart(
          6,
        )}  ${String(failed).padStart(6)}  ${token ? `${((rps / health) * 100).toFixed(0)}%` : '-'}`,
      );
    }
  } finally {
    await db.destroy();
    await globalTeardown();
  }
}

function run(url: string, token: string | null, duration: number): Promise<Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
