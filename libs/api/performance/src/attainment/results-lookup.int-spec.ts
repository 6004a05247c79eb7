import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@cadre/api/identity';
import { createTestApp, createTestOrganisation, type TestApp } from '@cadre/api/testing';
import { PERFORMANCE_ENTITIES } from '../entities';
import { MetricsService } from '../metrics/metrics.service';
import { PerformanceModule } from '../performance.module';
import { PeriodsService } from '../periods/periods.service';
import { ResultsLookup } from './results-lookup.service';

const YEAR = 2034;

/** Career readiness reads quarters through this: which quarters, and attainment in each. */
describe('results by complete quarter', () => {
  let t: TestApp;
  let results: ResultsLookup;
  let seller: string;
  let metricId: string;

  const total = (month: string, amount: string) =>
    t.db.query(
      `insert into credited_totals (employee_id, metric_id, month, amount, weight, counted, overlay_amount, overlay_weight, overlay_counted)
       values ($1, $2, $3, $4, 1, 1, 0, 0, 0)`,
      [seller, metricId, month, amount],
    );
  const target = (period: string, value: string) =>
    t.db.query(
      `insert into targets (metric_id, period_id, employee_id, value)
       select $1, id, $2, $4 from fiscal_periods where key = $3`,
      [metricId, seller, period, value],
    );

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, PerformanceModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES, ...PERFORMANCE_ENTITIES],
    });
    metricId = (
      await t.app.get(MetricsService).create({
        code: 'revenue',
        nameEn: 'Revenue',
        nameZh: '收入',
        unit: 'money',
        currency: 'CNY',
        aggregation: 'sum',
        higherIsBetter: true,
      })
    ).id;
    await t.app.get(PeriodsService).createYear(YEAR);
    seller = (await createTestOrganisation(t.db)).rep.employee.id;
    results = t.app.get(ResultsLookup);
    // March closes Q1, April opens Q2: each month counts in its own quarter.
    await total(`${YEAR}-03-01`, '100.00');
    await total(`${YEAR}-04-01`, '50.00');
    // Q1 has only monthly targets (summed); Q2 its own, which wins over April's.
    for (const month of ['01', '02', '03']) await target(`${YEAR}-${month}`, '40');
    await target(`${YEAR}-Q2`, '50');
    await target(`${YEAR}-04`, '999');
  }, 60_000);
  afterAll(() => t.close());

  it('counts a quarter only once it has ended, newest first', async () => {
    expect(await results.lastCompleteQuarters(null, 3, `${YEAR}-03-31`)).toEqual([]);
    expect(await results.lastCompleteQuarters(null, 3, `${YEAR}-04-01`)).toEqual([`${YEAR}-Q1`]);
    expect(await results.lastCompleteQuarters(null, 3, `${YEAR}-06-30`)).toEqual([`${YEAR}-Q1`]);
    expect(await results.lastCompleteQuarters(null, 3, `${YEAR}-07-01`)).toEqual([
      `${YEAR}-Q2`,
      `${YEAR}-Q1`,
    ]);
    expect(await results.lastCompleteQuarters(null, 2, `${YEAR + 1}-01-01`)).toEqual([
      `${YEAR}-Q4`,
      `${YEAR}-Q3`,
    ]);
  });

  it('reads each quarter’s months against its own target, else the sum of its months’ targets', async () => {
    const rows = await results.quarterly(
      null,
      [seller],
      ['revenue'],
      [`${YEAR}-Q1`, `${YEAR}-Q2`, `${YEAR}-Q3`],
    );
    const byPeriod = Object.fromEntries(rows.map((r) => [r.period, r.attainment]));
    expect(byPeriod).toEqual({
      // 100 against 3 × 40.
      [`${YEAR}-Q1`]: '0.8333',
      // 50 against the quarter's own 50, not April's 999.
      [`${YEAR}-Q2`]: '1',
      // No target: no attainment, rather than a division by nothing.
      [`${YEAR}-Q3`]: null,
    });
  });

  it('answers nothing for nobody, and zero attainment for a target without sales', async () => {
    expect(await results.quarterly(null, [], ['revenue'], [`${YEAR}-Q1`])).toEqual([]);
    await target(`${YEAR}-Q4`, '10');
    const [q4] = await results.quarterly(null, [seller], ['revenue'], [`${YEAR}-Q4`]);
    expect(q4?.attainment).toBe('0');
  });
});
