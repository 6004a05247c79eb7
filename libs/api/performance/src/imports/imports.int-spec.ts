import { Readable } from 'node:stream';
import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@cadre/api/identity';
import {
  createTestApp,
  createTestOrganisation,
  principalOf,
  type TestApp,
  type TestOrganisation,
} from '@cadre/api/testing';
import type { ImportJobDto } from '@cadre/shared/contracts';
import { PERFORMANCE_ENTITIES } from '../entities';
import { MetricsService } from '../metrics/metrics.service';
import { PerformanceModule } from '../performance.module';
import { PeriodsService } from '../periods/periods.service';
import { ImportsService } from './imports.service';

const YEAR = 2034;

/** An import's transaction cut off half-way, and a job whose process died. */
describe('imports that do not finish', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let imports: ImportsService;

  const file = (source: string, rows: number) => {
    const lines = ['external_id,date,employee,share,revenue'];
    for (let i = 0; i < rows; i++)
      lines.push(
        `${source}-${i},${YEAR}-0${1 + (i % 9)}-1${i % 9},${org.rep.employee.email},1,${100 + (i % 900)}.50`,
      );
    return Readable.from([Buffer.from(lines.join('\n'))]);
  };
  const settle = async (id: string): Promise<ImportJobDto> => {
    for (let i = 0; i < 6000; i++) {
      const job = await imports.job(id);
      if (['succeeded', 'failed', 'cancelled'].includes(job.status)) return job;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the import did not end');
  };
  const stored = async (source: string) =>
    (
      (await t.db.query(
        `select (select count(*)::int from sales_transactions where source = $1) as transactions,
                (select count(*)::int from import_staging_rows) as staged,
                (select count(*)::int from credited_totals where employee_id = $2) as totals`,
        [source, org.rep.employee.id],
      )) as [{ transactions: number; staged: number; totals: number }]
    )[0];

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, PerformanceModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES, ...PERFORMANCE_ENTITIES],
    });
    org = await createTestOrganisation(t.db);
    imports = t.app.get(ImportsService);
    await t.app.get(MetricsService).create({
      code: 'revenue',
      nameEn: 'Revenue',
      nameZh: '收入',
      unit: 'money',
      currency: 'CNY',
      aggregation: 'sum',
      higherIsBetter: true,
    });
    await t.app.get(PeriodsService).createYear(YEAR);
  }, 60_000);
  afterAll(() => t.close());

  it('leaves nothing merged when the merge transaction is killed half-way', async () => {
    const job = await imports.start(
      principalOf(org.hr),
      { source: 'killed', fileName: 'big.csv', mapping: {}, declaredBytes: null },
      file('killed', 60_000),
    );
    // Wait until the merge is writing, then end its database session as a crash would.
    let killed = 0;
    for (let i = 0; i < 500 && !killed; i++) {
      const rows = (await t.db.query(
        `select pg_terminate_backend(pid) as done from pg_stat_activity
          where pid <> pg_backend_pid() and state = 'active' and query like '%insert into sales_%'`,
      )) as { done: boolean }[];
      killed = rows.filter((r) => r.done).length;
      if (!killed) await new Promise((r) => setTimeout(r, 5));
    }
    expect(killed).toBeGreaterThan(0);
    const ended = await settle(job.id);
    expect(ended).toMatchObject({ status: 'failed', failure: 'unexpected', rowsMerged: 0 });
    expect(await stored('killed')).toEqual({ transactions: 0, staged: 0, totals: 0 });

    // The same file again goes through whole.
    const again = await settle(
      (
        await imports.start(
          principalOf(org.hr),
          { source: 'killed', fileName: 'big.csv', mapping: {}, declaredBytes: null },
          file('killed', 60_000),
        )
      ).id,
    );
    expect(again).toMatchObject({ status: 'succeeded', createdCount: 60_000 });
    expect((await stored('killed')).transactions).toBe(60_000);
  }, 120_000);

  it('refuses a million-row file whose row 999,999 is bad, and merges none of it', async () => {
    const email = org.rep.employee.email;
    function* chunks(): Generator<Buffer> {
      yield Buffer.from('external_id,date,employee,share,revenue\n');
      let lines: string[] = [];
      for (let i = 0; i < 1_000_000; i++) {
        // Data row i is file row i + 2: row 999,999 is data row 999,997.
        const revenue = i === 999_997 ? '12x.50' : `${100 + (i % 900)}.50`;
        lines.push(`million-${i},${YEAR}-0${1 + (i % 9)}-1${i % 9},${email},1,${revenue}`);
        if (lines.length === 50_000) {
          yield Buffer.from(lines.join('\n') + '\n');
          lines = [];
        }
      }
      if (lines.length) yield Buffer.from(lines.join('\n'));
    }
    const job = await imports.start(
      principalOf(org.hr),
      { source: 'million', fileName: 'million.csv', mapping: {}, declaredBytes: null },
      Readable.from(chunks()),
    );
    const ended = await settle(job.id);
    expect(ended).toMatchObject({
      status: 'failed',
      failure: 'row_problems',
      problemCount: 1,
      rowsRead: 1_000_000,
    });
    const [problem] = await imports
      .problems(job.id)
      .next()
      .then((page) => (page.done ? [] : page.value));
    expect(problem).toMatchObject({
      row: 999_999,
      column: 'revenue',
      value: '12x.50',
      code: 'not_a_decimal',
    });
    expect(await stored('million')).toMatchObject({ transactions: 0, staged: 0 });
  }, 240_000);

  it('cancels a running import: nothing lands, and a finished one cannot be cancelled', async () => {
    const job = await imports.start(
      principalOf(org.hr),
      { source: 'cancelled', fileName: 'big.csv', mapping: {}, declaredBytes: null },
      file('cancelled', 60_000),
    );
    expect(['validating', 'merging']).toContain(job.status);
    await imports.cancel(job.id);
    expect(await settle(job.id)).toMatchObject({ status: 'cancelled', rowsMerged: 0 });
    expect((await stored('cancelled')).transactions).toBe(0);
    await expect(imports.cancel(job.id)).rejects.toMatchObject({ status: 409 });
  }, 120_000);

  it('flags every cell a spreadsheet would run as a formula, and only those', async () => {
    // Customer cells, quoted as a CSV writer would; file row = index + 2.
    const cells: [string, boolean][] = [
      ['=SUM(A1)', true],
      ['+86 21 5555', true],
      ['@handle', true],
      ['\tindented', true],
      ['\rreturn', true],
      ['-x', true],
      ['--', true],
      ['-1200', false],
      ['-', false],
      ['', false],
      ['a=b', false],
      ['Acme - East', false],
      ['张伟', false],
    ];
    const lines = ['external_id,date,employee,share,customer,revenue'];
    cells.forEach(([cell], i) =>
      lines.push(`formula-${i},${YEAR}-02-01,${org.rep.employee.email},1,"${cell}",1.00`),
    );
    const job = await settle(
      (
        await imports.start(
          principalOf(org.hr),
          { source: 'formula', fileName: 'formula.csv', mapping: {}, declaredBytes: null },
          Readable.from([Buffer.from(lines.join('\n'))]),
        )
      ).id,
    );
    expect(job).toMatchObject({ status: 'failed', failure: 'row_problems' });
    const problems = [];
    for await (const page of imports.problems(job.id)) problems.push(...page);
    expect(problems.filter((p) => p.code === 'formula').map((p) => p.row)).toEqual(
      cells.flatMap(([, flagged], i) => (flagged ? [i + 2] : [])),
    );
    expect(problems.every((p) => p.code === 'formula')).toBe(true);
  });

  it('fails a job whose process stopped answering, and drops what it staged', async () => {
    const [{ id }] = (await t.db.query(
      `insert into import_jobs (source, file_name, status, column_map, metric_codes, heartbeat_at)
       values ('orphan', 'lost.csv', 'merging', '{}', '{revenue}', now() - interval '10 minutes') returning id`,
    )) as [{ id: string }];
    await t.db.query(
      `insert into import_staging_rows (import_id, row_no, field_count, external_id) values ($1, 2, 5, 'x')`,
      [id],
    );
    await imports.list();
    expect(await imports.job(id)).toMatchObject({ status: 'failed', failure: 'interrupted' });
    const [{ staged }] = (await t.db.query(
      `select count(*)::int as staged from import_staging_rows where import_id = $1`,
      [id],
    )) as [{ staged: number }];
    expect(staged).toBe(0);
  });
});
