import fc from 'fast-check';
import { Decimal } from './decimal';
import { formatProblem } from './problems';
import { simulate } from './simulate';
import type { Statement } from './statement';

/**
 * Invariants that must hold for any plan and any credits, checked on generated documents.
 * Decimals are generated as integers of minor units written as decimal strings, so the
 * generator never touches binary floating point.
 */
const money = (min: number, max: number) =>
  fc.integer({ min, max }).map((cents) => new Decimal(cents).dividedBy(100).toFixed(2));
const rate = fc.integer({ min: 0, max: 2000 }).map((bp) => new Decimal(bp).dividedBy(10000).toFixed());
const MONTHS = ['2027-01', '2027-02', '2027-03'];

const creditArb = (payees: string[]) =>
  fc.record({
    payee: fc.constantFrom(...payees),
    date: fc
      .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }))
      .map(([m, d]) => `${m}-${String(d).padStart(2, '0')}`),
    metric: fc.constantFrom('revenue', 'margin', 'units'),
    amount: money(-500_000, 5_000_000),
    share: fc.option(
      fc.integer({ min: 1, max: 100 }).map((p) => new Decimal(p).dividedBy(100).toFixed()),
      { nil: undefined },
    ),
    attributes: fc.record({ product: fc.constantFrom('X', 'Y') }),
  });

/** Ascending band ends and ascending rates (the usual accelerator shape). */
const ascendingTiers = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 1500 }), { minLength: 5, maxLength: 5 }),
  )
  .map(([ends, rates]) => {
    const sortedEnds = [...ends].sort((a, b) => a - b).map((e) => new Decimal(e).dividedBy(100).toFixed());
    const sortedRates = [...rates]
      .sort((a, b) => a - b)
      .map((r) => new Decimal(r).dividedBy(10000).toFixed());
    return [
      ...sortedEnds.map((upTo, i) => ({ upTo, rate: sortedRates[i] })),
      { upTo: null, rate: sortedRates[sortedEnds.length] },
    ];
  });

const componentsArb = fc
  .tuple(
    ascendingTiers,
    rate,
    money(0, 1_000_000),
    fc.boolean(),
    fc.option(money(0, 50_000), { nil: undefined }),
  )
  .map(([tiers, spifRate, bonus, gated, cap]) => [
    {
      id: 'rev',
      type: 'tiered',
      metric: 'revenue',
      basis: 'attainment',
      mode: 'marginal',
      tiers,
      ...(cap ? { cap } : {}),
    },
    {
      id: 'spif',
      type: 'rate',
      metric: 'units',
      rate: spifRate,
      filter: { product: 'X' },
      ...(gated ? { gate: { metric: 'margin', minAttainment: '0.5' } } : {}),
    },
    { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1', amount: bonus },
    {
      id: 'tip',
      type: 'curve',
      metric: 'margin',
      points: [
        { attainment: '0.5', payout: '0' },
        { attainment: '1', payout: '1000' },
        { attainment: '1.5', payout: '1800' },
      ],
    },
  ]);

const documentArb = fc
  .record({
    components: componentsArb,
    draw: fc.option(fc.record({ amount: money(0, 500_000), recoverable: fc.boolean() }), { nil: undefined }),
    rounding: fc.constantFrom('half-up', 'half-even'),
    openingBalance: money(0, 100_000),
    payees: fc.constant<string[]>(['p1', 'p2']),
  })
  .chain((base) =>
    fc.array(creditArb(base.payees), { maxLength: 40 }).map((credits) => ({
      plan: {
        id: 'prop',
        currency: 'CNY',
        period: 'month',
        rounding: base.rounding,
        components: base.components,
        ...(base.draw ? { draw: base.draw } : {}),
      },
      periods: MONTHS,
      payees: base.payees.map((id) => ({
        id,
        quota: { revenue: '100000', margin: '30000', units: '10' },
        openingBalance: base.openingBalance,
      })),
      credits: credits.map((c, i) => ({ id: `c${i}`, ...c })),
    })),
  );

function run(doc: unknown): Statement[] {
  const result = simulate(doc);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.output.statements;
}

const d = (s: string) => new Decimal(s);

describe('engine invariants (fast-check)', () => {
  it('earnings equal the sum of the lines when the plan has no cap', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        for (const s of run(doc)) {
          expect(s.lines.reduce((sum, l) => sum.plus(l.amount), d('0')).toFixed(2)).toBe(s.earnings);
        }
      }),
    );
  });

  it('never pays below the draw and never lets the balance go negative', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const draw = d((doc.plan as { draw?: { amount: string } }).draw?.amount ?? '0');
        for (const s of run(doc)) {
          expect(d(s.payout).greaterThanOrEqualTo(draw)).toBe(true);
          expect(d(s.balance).isNegative() && !d(s.balance).isZero()).toBe(false);
          expect(d(s.recovered).isNegative() && !d(s.recovered).isZero()).toBe(false);
        }
      }),
    );
  });

  it('gives the same statements whatever the order of the credits', () => {
    const withPermutation = documentArb.chain((doc) =>
      fc
        .shuffledSubarray(doc.credits, { minLength: doc.credits.length, maxLength: doc.credits.length })
        .map((credits) => ({ doc, credits })),
    );
    fc.assert(
      fc.property(withPermutation, ({ doc, credits }) => {
        expect(run({ ...doc, credits })).toEqual(run(doc));
      }),
    );
  });

  it("leaves the payees' combined basis unchanged when a credit is split into shares", () => {
    fc.assert(
      fc.property(money(1, 10_000_000), fc.integer({ min: 1, max: 99 }), (amount, percent) => {
        const share = new Decimal(percent).dividedBy(100);
        const base = {
          plan: {
            id: 'split',
            currency: 'CNY',
            period: 'month',
            components: [{ id: 'rev', type: 'rate', metric: 'revenue', rate: '0.05' }],
          },
          periods: ['2027-01'],
          payees: [{ id: 'a' }, { id: 'b' }],
        };
        const whole = run({
          ...base,
          credits: [{ id: 'd', payee: 'a', date: '2027-01-05', metric: 'revenue', amount }],
        });
        const split = run({
          ...base,
          credits: [
            { id: 'd1', payee: 'a', date: '2027-01-05', metric: 'revenue', amount, share: share.toFixed() },
            {
              id: 'd2',
              payee: 'b',
              date: '2027-01-05',
              metric: 'revenue',
              amount,
              share: new Decimal(1).minus(share).toFixed(),
            },
          ],
        });
        const basis = (list: Statement[]) =>
          list.reduce((sum, s) => sum.plus(s.lines[0].trace.basis), d('0'));
        expect(basis(split).equals(basis(whole))).toBe(true);
      }),
    );
  });

  it('with ascending rates, pays no more marginally than retroactively, and never less as the total grows', () => {
    fc.assert(
      fc.property(
        ascendingTiers,
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (tiers, cents, more) => {
          const pay = (mode: string, total: Decimal) =>
            d(
              run({
                plan: {
                  id: 't',
                  currency: 'CNY',
                  period: 'month',
                  components: [
                    { id: 'rev', type: 'tiered', metric: 'revenue', basis: 'attainment', mode, tiers },
                  ],
                },
                periods: ['2027-01'],
                payees: [{ id: 'a', quota: { revenue: '100000' } }],
                credits: [
                  { id: 'x', payee: 'a', date: '2027-01-02', metric: 'revenue', amount: total.toFixed() },
                ],
              })[0].lines[0].amount,
            );
          const t1 = new Decimal(cents).dividedBy(100);
          const t2 = t1.plus(new Decimal(more).dividedBy(100));
          expect(pay('marginal', t1).lessThanOrEqualTo(pay('retroactive', t1))).toBe(true);
          expect(pay('marginal', t2).greaterThanOrEqualTo(pay('marginal', t1))).toBe(true);
          expect(pay('retroactive', t2).greaterThanOrEqualTo(pay('retroactive', t1))).toBe(true);
        },
      ),
    );
  });

  it('rounds each line to within half a minor unit of its exact value', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        for (const s of run(doc)) {
          for (const l of s.lines) {
            expect(d(l.amount).minus(l.trace.exact).abs().lessThanOrEqualTo('0.005')).toBe(true);
          }
        }
      }),
    );
  });
});
