/**
 * npm run bench:import   (builds the API first)
 *
 * A CSV of credited transactions from upload to merged, through the real server (the
 * built API on a fresh database), against a bare COPY of the same file into an unindexed
 * table in the same run. Each row is one transaction credited in full to one of 1,000
 * people, dated over twelve open months, with a revenue and a units value.
 * Prints rows/s end to end, the ratio to the bare COPY, and the server's peak RSS after
 * the 100k-row file and after the 1M-row file (VmHWM: memory flat as the file grows
 * means the two are close).
 * Then the floor: the same rows inserted, unchecked, into tables shaped, indexed and keyed
 * as the merged ones, which no import into them can beat.
 * Options: --rows N (default 1000000), --small N (default 100000).
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { createTestOrganisation } from '@cadre/api/testing';
import globalSetup from '../../apps/api-e2e/src/support/global-setup';
import globalTeardown from '../../apps/api-e2e/src/support/global-teardown';
import type { E2eServer } from '../../apps/api-e2e/src/support/global-setup';
import { call, login } from './http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = option('rows', 1_000_000);
const SMALL = option('small', 100_000);
const PEOPLE = 1000;

async function writeCsv(path: string, rows: number, prefix: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('external_id,date,employee,share,customer,product_line,region,segment,revenue,units\n');
  const batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    batch.push(
      `${prefix}${i},2026-${month}-${day},bench${i % PEOPLE}@bench.test,1,"Customer ${i % 5000}",Cloud,East,Enterprise,` +
        `${100 + Math.floor((i % 100_000) / 100)}.${String(i % 100).padStart(2, '0')},${1 + (i % 5)}\n`,
    );
    if (batch.length === 10_000) {
      if (!out.write(batch.join(''))) await once(out, 'drain');
      batch.length = 0;
    }
  }
  out.end(batch.join(''));
  await once(out, 'finish');
}

function upload(baseUrl: string, token: string, path: string, source: string): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`/api/performance/imports?source=${source}&fileName=bench.csv`, baseUrl);
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'text/csv',
          'content-length': statSync(path).size,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += String(c)));
        res.on('end', () =>
          res.statusCode === 202 ? resolve(JSON.parse(body)) : reject(new Error(`${res.statusCode} ${body}`)),
        );
      },
    );
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

async function importFile(baseUrl: string, token: string, path: string, source: string) {
  const started = performance.now();
  const { id } = await upload(baseUrl, token, path, source);
  const read = performance.now() - started;
  for (;;) {
    const job = await call<{
      status: string;
      rowsMerged: number;
      failure: string | null;
      problemCount: number;
    }>(baseUrl, token, 'GET', `/api/performance/imports/${id}`);
    if (job.status === 'succeeded')
      return { ms: performance.now() - started, readMs: read, rows: job.rowsMerged };
    if (job.status === 'failed' || job.status === 'cancelled')
      throw new Error(`import ${job.status}: ${job.failure} (${job.problemCount} problems)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function bareCopy(url: string, path: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`set statement_timeout = 0`);
    await client.query(
      `create table if not exists bench_bare (external_id text, date text, employee text, share text, customer text,
         product_line text, region text, segment text, revenue text, units text)`,
    );
    await client.query(`truncate bench_bare`);
    const started = performance.now();
    await pipeline(
      createReadStream(path),
      client.query(copyFrom(`copy bench_bare from stdin (format csv, header)`)),
    );
    return performance.now() - started;
  } finally {
    await client.query(`drop table if exists bench_bare`).catch(() => undefined);
    await client.end();
  }
}

/**
 * The least any import into these tables must spend, whatever it checks: the bare-copied rows
 * inserted into a table shaped and indexed as `sales_transactions` (no fingerprint, no checks),
 * then one credit each into a table shaped, indexed and keyed as `sales_credits`, timed
 * apart from preparing their input. Runs right after `bareCopy` of the same file.
 */
async function floor(
  url: string,
  path: string,
): Promise<{ transactions: number; credits: number; unkeyed: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const timed = async (sql: string) => {
    const started = performance.now();
    await client.query(sql);
    return performance.now() - started;
  };
  try {
    await client.query(`set statement_timeout = 0`);
    await client.query(
      `create unlogged table bench_floor_rows (external_id text, date text, employee text, share text, customer text,
         product_line text, region text, segment text, revenue text, units text)`,
    );
    await pipeline(
      createReadStream(path),
      client.query(copyFrom(`copy bench_floor_rows from stdin (format csv, header)`)),
    );
    await client.query(`create table bench_floor_tx (like sales_transactions including all)`);
    const transactions = await timed(
      `insert into bench_floor_tx (source, external_id, occurred_on, customer, product_line, region, segment,
                                   metric_values, fingerprint)
       select 'floor', external_id, date::date, customer, product_line, region, segment,
              jsonb_build_object('revenue', revenue::numeric, 'units', units::numeric), ''
         from bench_floor_rows`,
    );
    await client.query(
      `create unlogged table bench_floor_credit_rows as
       select t.id as transaction_id, e.id as employee_id, false as overlay, r.share::numeric as share, t.occurred_on
         from bench_floor_rows r
         join bench_floor_tx t on t.external_id = r.external_id
         join employees e on e.email = r.employee`,
    );
    const insertCredits = async (keyed: boolean) => {
      await client.query(`drop table if exists bench_floor_credits`);
      await client.query(`create table bench_floor_credits (like sales_credits including all)`);
      if (keyed)
        await client.query(
          `alter table bench_floor_credits
             add foreign key (transaction_id) references bench_floor_tx (id),
             add foreign key (employee_id) references employees (id)`,
        );
      return timed(`insert into bench_floor_credits select * from bench_floor_credit_rows`);
    };
    const credits = await insertCredits(true);
    const unkeyed = await insertCredits(false);
    return { transactions, credits, unkeyed };
  } finally {
    for (const table of [
      'bench_floor_credits',
      'bench_floor_credit_rows',
      'bench_floor_tx',
      'bench_floor_rows',
    ])
      await client.query(`drop table if exists ${table}`).catch(() => undefined);
    await client.end();
  }
}

const peakRssMb = (pid: number) => {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : NaN;
};

async function main(): Promise<void> {
  await globalSetup();
  const baseUrl = process.env['CADRE_E2E_API_URL'] as string;
  const dbUrl = process.env['CADRE_E2E_DATABASE_URL'] as string;
  const pid = (globalThis as { __cadreE2e?: E2eServer }).__cadreE2e?.server.pid ?? 0;
  const db = await new DataSource({ type: 'postgres', url: dbUrl, extra: { max: 2 } }).initialize();
  const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-import-'));
  try {
    const org = await createTestOrganisation(db);
    const hr = await login(baseUrl, org.hr.user.email);
    await db.query(
      `insert into employees (full_name, email, job_title, hire_date, org_unit_id)
       select 'Bench ' || i, 'bench' || i || '@bench.test', 'Account Executive', '2020-01-01', $1
         from generate_series(0, ${PEOPLE - 1}) as i`,
      [org.myTeam.id],
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

    const small = join(dir, 'small.csv');
    const large = join(dir, 'large.csv');
    await writeCsv(small, SMALL, 'S');
    await writeCsv(large, ROWS, 'L');
    const size = (p: string) => `${Math.round(statSync(p).size / 1024 / 1024)} MB`;

    const first = await importFile(baseUrl, hr, small, 'bench-small');
    const rssSmall = peakRssMb(pid);
    const bareSmall = await bareCopy(dbUrl, small);
    const second = await importFile(baseUrl, hr, large, 'bench-large');
    const rssLarge = peakRssMb(pid);
    const bareLarge = await bareCopy(dbUrl, large);
    const least = await floor(dbUrl, large);
    const again = await importFile(baseUrl, hr, large, 'bench-large');

    const line = (
      label: string,
      r: { ms: number; readMs: number; rows: number },
      bare: number,
      rss: number,
    ) =>
      console.log(
        `${label}: ${r.rows} rows in ${(r.ms / 1000).toFixed(2)} s end to end ` +
          `(${Math.round(r.rows / (r.ms / 1000))} rows/s; upload and staging ${(r.readMs / 1000).toFixed(2)} s), ` +
          `bare COPY ${(bare / 1000).toFixed(2)} s, ratio ${(r.ms / bare).toFixed(2)}×, server peak RSS ${rss} MB`,
      );
    console.log(`files: ${SMALL} rows ${size(small)}, ${ROWS} rows ${size(large)}`);
    line(`${SMALL} rows`, first, bareSmall, rssSmall);
    line(`${ROWS} rows`, second, bareLarge, rssLarge);
    console.log(
      `${ROWS} rows again (unchanged): ${(again.ms / 1000).toFixed(2)} s (${Math.round(again.rows / (again.ms / 1000))} rows/s)`,
    );
    const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `floor for ${ROWS} rows: insert into a table shaped as sales_transactions ${secs(least.transactions)}, ` +
        `their credits ${secs(least.credits)} (without the two foreign keys ${secs(least.unkeyed)}); ` +
        `together ${secs(least.transactions + least.credits)} = ${((least.transactions + least.credits) / bareLarge).toFixed(2)}× the bare COPY`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.destroy();
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
