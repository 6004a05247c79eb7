import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createOrgUnit, createUser } from '@cadre/api/testing';
import type { RunDto } from '@cadre/shared/contracts';
import { api, bearer, connectDatabase, tokenFor } from './support/api';

const tag = () => randomBytes(3).toString('hex');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PAYEES = 10_000;

/** A worker process of the built server, on the test database, as `node main.js worker` runs one. */
function startWorker(): ChildProcess {
  return spawn(process.execPath, [join(process.cwd(), 'dist', 'apps', 'api', 'main.js'), 'worker'], {
    env: {
      ...process.env,
      DATABASE_URL: process.env['CADRE_E2E_RUNTIME_DATABASE_URL'],
      JWT_SECRET: 'e2e-secret-that-is-long-enough-for-hs256',
      CADRE_DATA_DIR: mkdtempSync(join(tmpdir(), 'cadre-worker-')),
      CADRE_RUN_LEASE_SECONDS: '3',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
}

/**
 * Runs calculated by real worker processes: several workers (the server's own and two
 * more) race for each run, and one is killed with SIGKILL half-way through. Each run
 * still writes exactly one statement per payee, and the killed attempt leaves nothing.
 */
describe('commission runs in worker processes', () => {
  let db: DataSource;
  let finance: string;
  const workers: ChildProcess[] = [];
  const run = async (period: string): Promise<RunDto> =>
    (await api().post('/api/compensation/runs').set(bearer(finance)).send({ period }).expect(202)).body;
  const runRow = async (id: string) =>
    (
      await db.query(
        `select status, attempts, worker_id as "workerId", payees_done as "payeesDone" from commission_runs where id = $1`,
        [id],
      )
    )[0] as { status: string; attempts: number; workerId: string | null; payeesDone: number };
  const finished = async (id: string) => {
    for (let i = 0; i < 1200; i++) {
      const row = await runRow(id);
      if (['succeeded', 'failed'].includes(row.status)) return row;
      await wait(100);
    }
    throw new Error('the run did not finish');
  };
  const statements = async (period: string, unit: string) =>
    (
      await db.query(
        `select count(*)::int as n, count(distinct s.employee_id)::int as people
           from commission_statements s join employees e on e.id = s.employee_id
          where s.period_key = $1 and e.org_unit_id = $2`,
        [period, unit],
      )
    )[0] as { n: number; people: number };

  let unit: string;

  beforeAll(async () => {
    db = await connectDatabase();
    const user = await createUser(db, { roles: ['finance'] });
    finance = await tokenFor(user.email);
    unit = (await createOrgUnit(db, { kind: 'region' })).id;
    const metric = `wins_${tag()}`;
    await db.query(
      `insert into metrics (code, name_en, name_zh, unit, aggregation) values ($1, 'Wins', '赢单', 'count', 'sum')`,
      [metric],
    );
    // Ten thousand people on one plan, each with a deal in each of the two months.
    await db.query(
      `insert into employees (full_name, email, job_title, hire_date, org_unit_id)
       select 'Payee ' || i, 'payee-' || $2 || '-' || i || '@example.test', 'AE', '2020-01-01', $1
         from generate_series(1, $3) as i`,
      [unit, tag(), PAYEES],
    );
    const source = `bulk-${tag()}`;
    await db.query(
      `with people as (select id, row_number() over () as n from employees where org_unit_id = $1),
            deals as (
              insert into sales_transactions (source, external_id, occurred_on, metric_values, fingerprint)
              select $2, p.n || '-' || m, m, jsonb_build_object($3::text, (p.n % 7 + 1)::text), 'x'
                from people p cross join (values ('2024-06-05'::date), ('2024-07-05'::date)) as d(m)
              returning id, external_id, occurred_on)
       insert into sales_credits (transaction_id, employee_id, overlay, share, occurred_on)
       select d.id, p.id, false, 1, d.occurred_on from deals d join people p on p.n::text = split_part(d.external_id, '-', 1)`,
      [unit, source, metric],
    );
    const plan = await api()
      .post('/api/compensation/plans')
      .set(bearer(finance))
      .send({
        code: `bulk-${tag()}`,
        effectiveFrom: '2024-01-01',
        document: {
          id: 'bulk',
          currency: 'CNY',
          period: 'month',
          components: [{ id: 'win', type: 'rate', metric, rate: '125.50' }],
        },
      })
      .expect(201);
    await api().post(`/api/compensation/plans/${plan.body.id}/publish`).set(bearer(finance)).expect(200);
    await db.query(
      // June and July only: other files' months (and their runs) never meet these ten thousand.
      `insert into plan_assignments (plan_id, employee_id, starts_on, ends_on)
       select $1, id, '2024-06-01', '2024-07-31' from employees where org_unit_id = $2`,
      [plan.body.id, unit],
    );
    workers.push(startWorker(), startWorker());
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await db.destroy();
  });

  it('calculates a run asked for ten times once, however many workers race for it', async () => {
    const asked = await Promise.all(Array.from({ length: 10 }, () => run('2024-06')));
    expect(new Set(asked.map((r) => r.id)).size).toBe(1);
    const done = await finished(asked[0]?.id ?? '');
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(await statements('2024-06', unit)).toEqual({ n: PAYEES, people: PAYEES });
    const [{ total }] = await db.query(
      `select sum(s.payout)::text as total from commission_statements s join employees e on e.id = s.employee_id
        where s.period_key = '2024-06' and e.org_unit_id = $1`,
      [unit],
    );
    // Σ (n mod 7 + 1) over n = 1..10,000 wins, at 125.50 each.
    let wins = 0;
    for (let n = 1; n <= PAYEES; n++) wins += (n % 7) + 1;
    const cents = wins * 12_550;
    expect(total).toBe(`${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
  }, 180_000);

  it('a worker killed with SIGKILL mid-run leaves nothing half-written, and the run completes on retry', async () => {
    const { id } = await run('2024-07');
    // Wait until a worker has written some statements in its (uncommitted) transaction.
    let row = await runRow(id);
    for (let i = 0; i < 2000 && !(row.status === 'running' && row.payeesDone > 0); i++) {
      await wait(10);
      row = await runRow(id);
    }
    expect(row.status).toBe('running');
    const pid = Number(row.workerId?.split(':').pop());
    process.kill(pid, 'SIGKILL');
    // Nothing of the killed attempt is visible.
    expect(await statements('2024-07', unit)).toEqual({ n: 0, people: 0 });
    const done = await finished(id);
    expect(done.status).toBe('succeeded');
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    expect(Number(done.workerId?.split(':').pop())).not.toBe(pid);
    expect(await statements('2024-07', unit)).toEqual({ n: PAYEES, people: PAYEES });
  }, 180_000);
});
