import { Readable } from 'node:stream';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@cadre/api/identity';
import {
  createEmployee,
  createTestApp,
  createTestOrganisation,
  principalOf,
  type TestApp,
} from '@cadre/api/testing';
import { PERFORMANCE_ENTITIES } from '../entities';
import { ImportsService } from '../imports/imports.service';
import { MetricsService } from '../metrics/metrics.service';
import { PerformanceModule } from '../performance.module';
import { PeriodsService } from '../periods/periods.service';
import { AttainmentRepository } from './attainment.repository';
import { AttainmentService } from './attainment.service';

const YEAR = 2033;

interface Deal {
  month: number;
  day: number;
  /** Revenue in cents, negative for a cancellation. */
  cents: number;
  /** Split credits: people and shares in tenths that add up to ten. */
  split: { person: number; tenths: number }[];
  overlay: number | null;
}

const deal = (people: number) =>
  fc
    .record({
      month: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      cents: fc.integer({ min: -500_000, max: 5_000_000 }).filter((c) => c !== 0),
      first: fc.integer({ min: 0, max: people - 1 }),
      second: fc.integer({ min: 0, max: people - 1 }),
      tenths: fc.integer({ min: 1, max: 10 }),
      overlay: fc.option(fc.integer({ min: 0, max: people - 1 }), { nil: null }),
    })
    .map(({ month, day, cents, first, second, tenths, overlay }): Deal => ({
      month,
      day,
      cents,
      split:
        tenths === 10 || first === second
          ? [{ person: first, tenths: 10 }]
          : [
              { person: first, tenths },
              { person: second, tenths: 10 - tenths },
            ],
      overlay,
    }));

/**
 * The property: attainment read in SQL (through the import's monthly totals and the
 * roll-up queries) equals the plain sums over the same random deals in TypeScript — per
 * person with overlays, per unit without, per month and per quarter, counts included.
 */
describe('attainment in SQL against a straightforward computation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, PerformanceModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES, ...PERFORMANCE_ENTITIES],
    });
    const metrics = t.app.get(MetricsService);
    await metrics.create({
      code: 'revenue',
      nameEn: 'Revenue',
      nameZh: '收入',
      unit: 'money',
      currency: 'CNY',
      aggregation: 'sum',
      higherIsBetter: true,
    });
    await metrics.create({
      code: 'wins',
      nameEn: 'Wins',
      nameZh: '赢单',
      unit: 'count',
      aggregation: 'count',
      higherIsBetter: true,
    });
    await t.app.get(PeriodsService).createYear(YEAR);
  }, 60_000);
  afterAll(() => t.close());

  it('agrees on random deals with splits, overlays and cancellations', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(deal(4), { minLength: 1, maxLength: 40 }), async (deals) => {
        run++;
        // A fresh organisation per run: its people and units hold only this run's deals.
        const org = await createTestOrganisation(t.db);
        const extra = await createEmployee(t.db, { orgUnitId: org.otherTeam.id });
        const people = [org.rep.employee, org.manager.employee, org.otherRep.employee, extra];
        const hr = principalOf(org.hr);
        const rows = ['external_id,date,employee,share,overlay,revenue,wins'];
        deals.forEach((d, i) => {
          const date = `${YEAR}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
          const revenue = new Decimal(d.cents).dividedBy(100).toFixed(2);
          const wins = d.cents > 0 ? '1' : '-1';
          for (const s of d.split)
            rows.push(
              `R${run}-${i},${date},${people[s.person]?.email},${s.tenths / 10},false,${revenue},${wins}`,
            );
          if (d.overlay !== null && !d.split.some((s) => s.person === d.overlay))
            rows.push(`R${run}-${i},${date},${people[d.overlay]?.email},,true,${revenue},${wins}`);
        });
        const imports = t.app.get(ImportsService);
        const job = await imports.start(
          hr,
          { source: `prop-${run}`, fileName: 'prop.csv', mapping: {}, declaredBytes: null },
          Readable.from([Buffer.from(rows.join('\n'))]),
        );
        let status = job.status;
        for (let i = 0; i < 200 && !['succeeded', 'failed'].includes(status); i++) {
          await new Promise((r) => setTimeout(r, 25));
          status = (await imports.job(job.id)).status;
        }
        expect(status).toBe('succeeded');

        const attainment = t.app.get(AttainmentService);
        for (const period of [`${YEAR}-01`, `${YEAR}-02`, `${YEAR}-03`, `${YEAR}-Q1`]) {
          const inPeriod = deals.filter((d) => period.endsWith('Q1') || Number(period.slice(5)) === d.month);
          const expected = (index: number, withOverlays: boolean) => {
            let revenue = new Decimal(0);
            let wins = new Decimal(0);
            for (const d of inPeriod) {
              const value = new Decimal(d.cents).dividedBy(100);
              const sign = d.cents > 0 ? 1 : -1;
              const share = d.split
                .filter((s) => s.person === index)
                .reduce((a, s) => a.plus(new Decimal(s.tenths).dividedBy(10)), new Decimal(0));
              const overlay =
                withOverlays && d.overlay === index && !d.split.some((s) => s.person === index) ? 1 : 0;
              revenue = revenue.plus(value.times(share.plus(overlay)));
              wins = wins.plus(share.plus(overlay).times(sign));
            }
            return { revenue, wins };
          };
          const persons = await attainment.people(hr, period, org.region.id);
          for (const [index, person] of people.entries()) {
            const row = persons.find((p) => p.employeeId === person.id);
            const want = expected(index, true);
            const got = (code: string) =>
              new Decimal(row?.figures.find((f) => f.metricCode === code)?.actual ?? 'NaN');
            expect([period, person.id, got('revenue').toString(), got('wins').toString()]).toEqual([
              period,
              person.id,
              want.revenue.toString(),
              want.wins.toString(),
            ]);
          }
          // The region holds everyone: each deal counted once, the overlays left out.
          const units = await attainment.units(hr, period);
          const region = units.find((u) => u.orgUnitId === org.region.id);
          const total = people
            .map((_, i) => expected(i, false))
            .reduce((a, b) => ({ revenue: a.revenue.plus(b.revenue), wins: a.wins.plus(b.wins) }));
          const regionRevenue = new Decimal(
            region?.figures.find((f) => f.metricCode === 'revenue')?.actual ?? 'NaN',
          );
          expect([period, regionRevenue.toString()]).toEqual([period, total.revenue.toString()]);
        }
        // The trend chart's grouped query: month by month, the same figures as each month read alone.
        const trend = await t.app
          .get(AttainmentRepository)
          .monthsOfPerson(people[0]?.id ?? '', `${YEAR}-01-01`, `${YEAR}-03-31`);
        const mine = await attainment.people(hr, `${YEAR}-02`, org.region.id);
        const february = mine.find((p) => p.employeeId === people[0]?.id)?.figures ?? [];
        expect(trend.map((r) => r.month)).toEqual([
          `${YEAR}-01`,
          `${YEAR}-01`,
          `${YEAR}-02`,
          `${YEAR}-02`,
          `${YEAR}-03`,
          `${YEAR}-03`,
        ]);
        expect(
          trend.filter((r) => r.month === `${YEAR}-02`).map((r) => new Decimal(r.actual ?? '0').toString()),
        ).toEqual(february.map((f) => new Decimal(f.actual).toString()));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
