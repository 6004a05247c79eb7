import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES } from '@cadre/api/identity';
import { LEARNING_ENTITIES } from '@cadre/api/learning';
import { PERFORMANCE_ENTITIES } from '@cadre/api/performance';
import { TALENT_ENTITIES } from '@cadre/api/talent';
import { createOrgUnit, createTestApp, type TestApp } from '@cadre/api/testing';
import { simulate, type Statement } from '@cadre/compensation/engine';
import { CompensationModule } from '../compensation.module';
import { COMPENSATION_ENTITIES } from '../entities';
import { RunCalculator } from './run-calculator';

const PRODUCTS = ['alpha', 'beta'];
const money = fc.integer({ min: -2_000_00, max: 50_000_00 }).map((c) => (c / 100).toFixed(2));
const rate = fc.integer({ min: 1, max: 200 }).map((r) => (r / 1000).toString());

/** A random plan on two metrics: rates (some filtered by product), tier tables, bonuses, a gate, caps. */
const plan = fc
  .record({
    components: fc.array(
      fc.oneof(
        fc.record({
          type: fc.constant('rate'),
          metric: fc.constantFrom('rev', 'units'),
          rate,
          filter: fc.option(fc.constantFrom(...PRODUCTS), { nil: null }),
        }),
        fc.record({
          type: fc.constant('tiered'),
          metric: fc.constant('rev'),
          mode: fc.constantFrom('marginal', 'retroactive'),
          ends: fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 3 }),
          rates: fc.array(rate, { minLength: 4, maxLength: 4 }),
          gate: fc.boolean(),
        }),
        fc.record({
          type: fc.constant('bonus'),
          metric: fc.constant('rev'),
          min: fc.integer({ min: 1, max: 15 }),
          amount: fc.integer({ min: 1, max: 5000 }),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    cap: fc.option(fc.integer({ min: 100, max: 100_000 }), { nil: null }),
    draw: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
  })
  .map(({ components, cap, draw }) => ({
    id: 'prop',
    currency: 'CNY',
    period: 'month',
    components: components.map((c, i) => {
      const id = `c${i}`;
      if (c.type === 'rate')
        return {
          id,
          type: 'rate',
          metric: c.metric,
          rate: c.rate,
          ...(c.filter ? { filter: { product: c.filter } } : {}),
        };
      if (c.type === 'tiered') {
        const ends = [...c.ends].sort((a, b) => a - b).map((e) => (e / 10).toString());
        return {
          id,
          type: 'tiered',
          metric: 'rev',
          basis: 'attainment',
          mode: c.mode,
          tiers: [
            ...ends.map((upTo, j) => ({ upTo, rate: c.rates[j] ?? '0.01' })),
            { upTo: null, rate: c.rates[3] ?? '0.01' },
          ],
          ...(c.gate ? { gate: { metric: 'units', minAttainment: '0.5' } } : {}),
        };
      }
      return {
        id,
        type: 'bonus',
        metric: 'rev',
        minAttainment: (c.min / 10).toString(),
        amount: String(c.amount),
      };
    }),
    ...(cap ? { cap: String(cap) } : {}),
    ...(draw !== null ? { draw: { amount: String(draw), recoverable: true } } : {}),
  }));

const credit = fc.record({
  payee: fc.integer({ min: 0, max: 2 }),
  day: fc.integer({ min: 1, max: 28 }),
  rev: money,
  units: fc.integer({ min: -2, max: 9 }).map(String),
  product: fc.constantFrom(...PRODUCTS),
  share: fc.constantFrom('1', '0.5', '0.25', '0.3'),
});

/**
 * The database run (totals in SQL over performance's credit tables, the engine's evaluation,
 * statements written and read back) produces exactly the statements that `simulate`
 * computes from the same plan, payees and credits as a document.
 */
describe('a database run against simulate on the same data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [CompensationModule.register()],
      entities: [
        ...CORE_ENTITIES,
        ...IDENTITY_ENTITIES,
        ...TALENT_ENTITIES,
        ...LEARNING_ENTITIES,
        ...PERFORMANCE_ENTITIES,
        ...COMPENSATION_ENTITIES,
      ],
    });
    await t.db.query(
      `insert into metrics (code, name_en, name_zh, unit, currency, aggregation) values
         ('rev', 'Revenue', '收入', 'money', 'CNY', 'sum'), ('units', 'Units', '台数', 'count', null, 'sum')`,
    );
  }, 60_000);
  afterAll(() => t.close());

  it('writes the statements simulate computes', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        plan,
        fc.array(fc.integer({ min: 1000, max: 200_000 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 3, maxLength: 3 }),
        fc.array(credit, { maxLength: 30 }),
        async (document, revenueQuotas, unitQuotas, credits) => {
          run++;
          // Each case its own month and people, so that no case reads another's credits or balances.
          const month = `${2000 + Math.floor(run / 12)}-${String((run % 12) + 1).padStart(2, '0')}`;
          const unit = await createOrgUnit(t.db, { kind: 'region' });
          const people: string[] = [];
          for (let i = 0; i < 3; i++) {
            const [row] = await t.db.query(
              `insert into employees (full_name, email, job_title, hire_date, org_unit_id)
               values ($1, $2, 'AE', '1990-01-01', $3) returning id`,
              [`P${i}`, `p-${randomUUID()}@example.test`, unit.id],
            );
            people.push(row.id);
          }
          const [{ id: planId }] = await t.db.query(
            `insert into commission_plans (code, name, currency, period) values ($1, 'prop', 'CNY', 'month') returning id`,
            [`prop-${randomUUID()}`],
          );
          const [{ id: versionId }] = await t.db.query(
            `insert into commission_plan_versions (plan_id, version, status, effective_from, document, published_at)
             values ($1, 1, 'published', '1990-01-01', $2::jsonb, now()) returning id`,
            [planId, JSON.stringify(document)],
          );
          expect(versionId).toBeDefined();
          const last = `${month}-28`;
          for (const [i, person] of people.entries()) {
            const [{ id: assignment }] = await t.db.query(
              `insert into plan_assignments (plan_id, employee_id, starts_on, ends_on) values ($1, $2, $3, $4) returning id`,
              [planId, person, `${month}-01`, last],
            );
            await t.db.query(
              `insert into assignment_quotas (assignment_id, period_key, metric, value) values ($1, $2, 'rev', $3), ($1, $2, 'units', $4)`,
              [assignment, month, revenueQuotas[i], unitQuotas[i]],
            );
          }
          for (const [i, c] of credits.entries()) {
            const [{ id }] = await t.db.query(
              `insert into sales_transactions (source, external_id, occurred_on, product_line, metric_values, fingerprint)
               values ('prop', $1, $2, $3, $4::jsonb, 'x') returning id`,
              [
                `${run}-${i}-${randomUUID()}`,
                `${month}-${String(c.day).padStart(2, '0')}`,
                c.product,
                JSON.stringify({ rev: c.rev, units: c.units }),
              ],
            );
            await t.db.query(
              `insert into sales_credits (transaction_id, employee_id, overlay, share, occurred_on) values ($1, $2, false, $3, $4)`,
              [id, people[c.payee], c.share, `${month}-${String(c.day).padStart(2, '0')}`],
            );
          }

          const calculator = RunCalculator.standalone(t.db);
          const runId = randomUUID();
          await t.db.query(
            `insert into commission_runs (id, period_key, status) values ($1, $2, 'running')`,
            [runId, month],
          );
          await t.db.transaction((tx) => calculator.calculate(tx, runId, month, async () => undefined));
          const stored: Statement[] = (
            await t.db.query(
              `select calculation from commission_statements where run_id = $1 and employee_id = any($2::uuid[])`,
              [runId, people],
            )
          ).map((r: { calculation: Statement }) => r.calculation);
          await t.db.query(`update commission_runs set status = 'succeeded' where id = $1`, [runId]);

          const expected = simulate({
            plan: document,
            periods: [month],
            payees: people.map((id, i) => ({
              id,
              hireDate: '1990-01-01',
              quota: { rev: String(revenueQuotas[i]), units: String(unitQuotas[i]) },
            })),
            credits: credits
              .map((c, i) => ({
                id: `k${i}`,
                payee: people[c.payee],
                date: `${month}-${String(c.day).padStart(2, '0')}`,
                metric: 'rev',
                amount: c.rev,
                share: c.share,
                attributes: { product: c.product },
              }))
              .concat(
                credits.map((c, i) => ({
                  id: `u${i}`,
                  payee: people[c.payee],
                  date: `${month}-${String(c.day).padStart(2, '0')}`,
                  metric: 'units',
                  amount: c.units,
                  share: c.share,
                  attributes: { product: c.product },
                })),
              ),
          });
          if (!expected.ok) throw new Error(JSON.stringify(expected.problems));
          const byPayee = (list: Statement[]) => [...list].sort((a, b) => a.payee.localeCompare(b.payee));
          expect(byPayee(stored)).toEqual(byPayee(expected.output.statements));
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000);

  it('pays a certification-gated line only to those holding the certification on the period’s last day', async () => {
    const [{ id: courseId }] = await t.db.query(
      `insert into courses (code, category) values ('CERT-X', 'onboarding') returning id`,
    );
    const [{ id: versionId }] = await t.db.query(
      `insert into course_versions (course_id, version, status, title_en, title_zh, summary_en, summary_zh,
                                    estimated_minutes, certifying, validity_months, content, item_count, published_at)
       values ($1, 1, 'published', 'X', 'X', 'X', 'X', 30, true, 12, '{"modules": []}', 0, now()) returning id`,
      [courseId],
    );
    const unit = await createOrgUnit(t.db, { kind: 'region' });
    const people: string[] = [];
    // Held from January 15th; issued after the month; expired on January 20th.
    for (const [issued, expires] of [
      ['1999-01-15', null],
      ['1999-02-05', null],
      ['1998-01-20', '1999-01-20'],
    ]) {
      const [{ id }] = await t.db.query(
        `insert into employees (full_name, email, job_title, hire_date, org_unit_id)
         values ('Cert', $1, 'AE', '1990-01-01', $2) returning id`,
        [`c-${randomUUID()}@example.test`, unit.id],
      );
      people.push(id);
      const [{ id: enrolment }] = await t.db.query(
        `insert into enrolments (employee_id, course_id, course_version_id, origin) values ($1, $2, $3, 'self') returning id`,
        [id, courseId, versionId],
      );
      await t.db.query(
        `insert into certifications (employee_id, code, course_version_id, enrolment_id, issued_at, expires_at)
         values ($1, 'CERT-X', $2, $3, $4, $5)`,
        [id, versionId, enrolment, `${issued}T09:00:00Z`, expires ? `${expires}T09:00:00Z` : null],
      );
    }
    const [{ id: planId }] = await t.db.query(
      `insert into commission_plans (code, name, currency, period) values ($1, 'cert', 'CNY', 'month') returning id`,
      [`cert-${randomUUID()}`],
    );
    const document = {
      id: 'cert',
      currency: 'CNY',
      period: 'month',
      components: [{ id: 'gated', type: 'rate', metric: 'rev', rate: '0.1', requires: ['CERT-X'] }],
    };
    await t.db.query(
      `insert into commission_plan_versions (plan_id, version, status, effective_from, document, published_at)
       values ($1, 1, 'published', '1990-01-01', $2::jsonb, now())`,
      [planId, JSON.stringify(document)],
    );
    for (const person of people) {
      await t.db.query(
        `insert into plan_assignments (plan_id, employee_id, starts_on, ends_on) values ($1, $2, '1999-01-01', '1999-01-31')`,
        [planId, person],
      );
      const [{ id }] = await t.db.query(
        `insert into sales_transactions (source, external_id, occurred_on, metric_values, fingerprint)
         values ('cert', $1, '1999-01-10', '{"rev": "1000.00"}', 'x') returning id`,
        [randomUUID()],
      );
      await t.db.query(
        `insert into sales_credits (transaction_id, employee_id, overlay, share, occurred_on) values ($1, $2, false, 1, '1999-01-10')`,
        [id, person],
      );
    }
    const runId = randomUUID();
    await t.db.query(
      `insert into commission_runs (id, period_key, status) values ($1, '1999-01', 'running')`,
      [runId],
    );
    await t.db.transaction((tx) =>
      RunCalculator.standalone(t.db).calculate(tx, runId, '1999-01', async () => undefined),
    );
    const paid = await Promise.all(
      people.map(async (person) => {
        const [row] = await t.db.query(
          `select calculation -> 'lines' -> 0 ->> 'amount' as amount,
                  calculation -> 'lines' -> 0 -> 'trace' -> 'zeroedBy' ->> 'reason' as "zeroedBy"
             from commission_statements where run_id = $1 and employee_id = $2`,
          [runId, person],
        );
        return row;
      }),
    );
    expect(paid).toEqual([
      { amount: '100.00', zeroedBy: null },
      { amount: '0.00', zeroedBy: 'certification' },
      { amount: '0.00', zeroedBy: 'certification' },
    ]);
  });
});
