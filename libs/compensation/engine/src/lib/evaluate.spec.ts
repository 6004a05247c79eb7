import { credit, line, statements } from '../test/documents';

/**
 * One worked example per rule of commission-plan-format.md. Every expected figure is
 * worked out by hand in the comment above it.
 */
const TIERS = [
  { upTo: '0.5', rate: '0.02' },
  { upTo: '1.0', rate: '0.05' },
  { upTo: null, rate: '0.08' },
];
const tiered = (
  mode: 'marginal' | 'retroactive',
  basis: 'attainment' | 'amount' = 'attainment',
  tiers: unknown[] = TIERS,
) => [{ id: 'rev', type: 'tiered', metric: 'revenue', basis, mode, tiers }];
const revenue = (...amounts: string[]) => amounts.map((a) => credit('rep', '2027-01-15', a));

describe('rate components', () => {
  it("pays rate × total over the period's credits", () => {
    // 0.05 × (12000 + 8000) = 1000.00
    expect(line({ credits: revenue('12000', '8000') })).toBe('1000.00');
  });

  it('ignores credits outside the period and of other metrics', () => {
    const credits = [
      credit('rep', '2027-01-31', '1000'),
      credit('rep', '2027-02-01', '5000'),
      credit('rep', '2027-01-10', '700', { metric: 'margin' }),
    ];
    // Only the 1000 of January revenue: 0.05 × 1000 = 50.00
    expect(line({ credits })).toBe('50.00');
  });

  it('pays a SPIF per unit on a filtered unit-count metric', () => {
    const components = [
      {
        id: 'spif',
        type: 'rate',
        metric: 'units',
        rate: '50',
        filter: { product: 'X', region: ['east', 'north'] },
      },
    ];
    const credits = [
      credit('rep', '2027-01-03', '3', { metric: 'units', attributes: { product: 'X', region: 'east' } }),
      credit('rep', '2027-01-04', '2', { metric: 'units', attributes: { product: 'X', region: 'north' } }),
      credit('rep', '2027-01-05', '4', { metric: 'units', attributes: { product: 'Y', region: 'east' } }),
      credit('rep', '2027-01-06', '1', { metric: 'units', attributes: { product: 'X', region: 'west' } }),
      credit('rep', '2027-01-07', '9', { metric: 'units', attributes: { region: 'east' } }),
    ];
    // Only the first two match: 50 × (3 + 2) = 250.00
    expect(line({ components, credits }, 'spif')).toBe('250.00');
  });
});

describe('tiered components, marginal', () => {
  // Quota 100000: bands end at 50000 (0.5 × Q) and 100000 (1.0 × Q).
  it('pays each band its rate on the slice of the total inside it', () => {
    // 0.02 × 50000 + 0.05 × 50000 + 0.08 × 20000 = 1000 + 2500 + 1600 = 5100.00
    expect(line({ components: tiered('marginal'), credits: revenue('120000') })).toBe('5100.00');
  });

  it('counts a total exactly at a band end in the lower band', () => {
    // 0.02 × 50000 = 1000.00; bands 2 and 3 get nothing
    const s = statements({ components: tiered('marginal'), credits: revenue('50000') })[0];
    expect(s.lines[0].amount).toBe('1000.00');
    expect(s.lines[0].trace.steps.map((step) => (step.step === 'band' ? step.slice : ''))).toEqual([
      '50000',
      '0',
      '0',
    ]);
  });

  it('starts the next band one minor unit above the end', () => {
    // 1000 + 0.05 × 0.01 = 1000.0005 -> 1000.00; and at 100000.01: 1000 + 2500 + 0.08 × 0.01 = 3500.0008 -> 3500.00
    expect(line({ components: tiered('marginal'), credits: revenue('50000.01') })).toBe('1000.00');
    expect(line({ components: tiered('marginal'), credits: revenue('100000') })).toBe('3500.00');
    expect(line({ components: tiered('marginal'), credits: revenue('100100') })).toBe('3508.00');
  });

  it('earns rate_1 × T on a negative total (a clawback month)', () => {
    // 0.02 × -2000 = -40.00
    expect(line({ components: tiered('marginal'), credits: revenue('3000', '-5000') })).toBe('-40.00');
  });

  it('reads band ends as amounts when basis is "amount", needing no quota', () => {
    const tiers = [
      { upTo: '10000', rate: '0.1' },
      { upTo: null, rate: '0.2' },
    ];
    // 0.1 × 10000 + 0.2 × 5000 = 2000.00
    expect(
      line({
        components: tiered('marginal', 'amount', tiers),
        payees: [{ id: 'rep' }],
        credits: revenue('15000'),
      }),
    ).toBe('2000.00');
  });
});

describe('tiered components, retroactive', () => {
  it('pays the rate of the band the total falls in on all of it', () => {
    // 120000 is in band 3: 0.08 × 120000 = 9600.00
    expect(line({ components: tiered('retroactive'), credits: revenue('120000') })).toBe('9600.00');
  });

  it("includes a band's end in that band, and starts the next just above it", () => {
    // 100000 is in band 2 (inclusive): 0.05 × 100000 = 5000.00
    expect(line({ components: tiered('retroactive'), credits: revenue('100000') })).toBe('5000.00');
    // 100000.01 is in band 3: 0.08 × 100000.01 = 8000.0008 -> 8000.00
    expect(line({ components: tiered('retroactive'), credits: revenue('100000.01') })).toBe('8000.00');
    // 50000 is in band 1: 0.02 × 50000 = 1000.00
    expect(line({ components: tiered('retroactive'), credits: revenue('50000') })).toBe('1000.00');
  });
});

describe('bonus components', () => {
  const bonus = { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1.0', amount: '5000' };
  it('pays when the total reaches minAttainment × quota, not a cent before', () => {
    // threshold 1.0 × 100000 = 100000
    expect(line({ components: [bonus], credits: revenue('99999.99') }, 'club')).toBe('0.00');
    expect(line({ components: [bonus], credits: revenue('100000') }, 'club')).toBe('5000.00');
  });

  it('pays on an amount threshold without a quota', () => {
    const byAmount = { id: 'club', type: 'bonus', metric: 'revenue', minAmount: '20000', amount: '300' };
    expect(line({ components: [byAmount], payees: [{ id: 'rep' }], credits: revenue('20000') }, 'club')).toBe(
      '300.00',
    );
    expect(line({ components: [byAmount], payees: [{ id: 'rep' }], credits: revenue('19999') }, 'club')).toBe(
      '0.00',
    );
  });
});

describe('curve components (target incentive)', () => {
  const curve = [
    {
      id: 'tip',
      type: 'curve',
      metric: 'revenue',
      points: [
        { attainment: '0.5', payout: '0' },
        { attainment: '1.0', payout: '2500' },
        { attainment: '2.0', payout: '3500' },
      ],
    },
  ];

  it("pays the first point's payout below the first point and the last above the last", () => {
    // a = 0.4 < 0.5: 0.00; a = 2.5 > 2.0: 3500.00
    expect(line({ components: curve, credits: revenue('40000') }, 'tip')).toBe('0.00');
    expect(line({ components: curve, credits: revenue('250000') }, 'tip')).toBe('3500.00');
  });

  it('interpolates on the segment around the attainment', () => {
    // a = 0.75: 0 + 2500 × (75000 - 50000) / (0.5 × 100000) = 1250.00
    expect(line({ components: curve, credits: revenue('75000') }, 'tip')).toBe('1250.00');
    // a = 1.3: 2500 + 1000 × (130000 - 100000) / (1.0 × 100000) = 2800.00
    expect(line({ components: curve, credits: revenue('130000') }, 'tip')).toBe('2800.00');
  });

  it('carries the division exactly until the final rounding', () => {
    // Q = 90000, T = 100000: 2500 + 1000 × 10000 / 90000 = 2611.111… -> 2611.11
    const payees = [{ id: 'rep', quota: { revenue: '90000' } }];
    const s = statements({ components: curve, payees, credits: revenue('100000') })[0];
    expect(s.lines[0].amount).toBe('2611.11');
    expect(s.lines[0].trace.exact.replace(/1+$/, '')).toBe('2611.');
    expect(s.lines[0].trace.exact.length).toBeGreaterThan(25);
  });
});

describe('caps', () => {
  it('caps a component before rounding and says so', () => {
    const components = [{ ...tiered('marginal')[0], cap: '3000' }];
    const s = statements({ components, credits: revenue('120000') })[0];
    expect(s.lines[0].amount).toBe('3000.00');
    expect(s.lines[0].trace.capped).toEqual({ cap: '3000', uncapped: '5100' });
  });

  it('caps the earnings of a period with the plan cap', () => {
    const components = [
      ...tiered('marginal'),
      { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1.0', amount: '5000' },
    ];
    // 5100 + 5000 = 10100 > 8000
    const s = statements({ plan: { cap: '8000' }, components, credits: revenue('120000') })[0];
    expect(s.lines.map((l) => l.amount)).toEqual(['5100.00', '5000.00']);
    expect(s.earnings).toBe('8000.00');
    expect(s.trace.planCap).toEqual({ cap: '8000.00', uncapped: '10100.00' });
  });
});

describe('gates', () => {
  const gated = [
    {
      id: 'rev',
      type: 'rate',
      metric: 'revenue',
      rate: '0.05',
      gate: { metric: 'margin', minAttainment: '0.8' },
    },
  ];
  it('pays nothing when the gate metric is below minAttainment × its quota, and pays at the threshold', () => {
    // margin quota 30000: 0.8 × 30000 = 24000 needed
    const below = statements({
      components: gated,
      credits: [...revenue('10000'), credit('rep', '2027-01-20', '23999.99', { metric: 'margin' })],
    })[0];
    expect(below.lines[0].amount).toBe('0.00');
    expect(below.lines[0].trace.zeroedBy).toEqual({
      reason: 'gate',
      metric: 'margin',
      total: '23999.99',
      required: '24000',
      minAttainment: '0.8',
    });
    expect(below.lines[0].trace.raw).toBe('500');
    // 0.05 × 10000 = 500.00
    expect(
      line({
        components: gated,
        credits: [...revenue('10000'), credit('rep', '2027-01-20', '24000', { metric: 'margin' })],
      }),
    ).toBe('500.00');
  });

  it("reads the gate metric without the component's filter", () => {
    const components = [
      {
        id: 'rev',
        type: 'rate',
        metric: 'revenue',
        rate: '0.05',
        filter: { product: 'X' },
        gate: { metric: 'margin', minAttainment: '0.8' },
      },
    ];
    const credits = [
      credit('rep', '2027-01-02', '1000', { attributes: { product: 'X' } }),
      credit('rep', '2027-01-03', '24000', { metric: 'margin', attributes: { product: 'Y' } }),
    ];
    expect(line({ components, credits })).toBe('50.00');
  });
});

describe('certifications', () => {
  const components = [{ id: 'spif', type: 'rate', metric: 'revenue', rate: '0.01', requires: ['cert-x'] }];
  const periods = ['2027-02', '2027-03'];
  const credits = [credit('rep', '2027-02-10', '10000'), credit('rep', '2027-03-10', '10000')];

  it("pays only when every required certification is dated on or before the period's last day", () => {
    const onLastDay = statements({
      components,
      periods,
      credits,
      payees: [{ id: 'rep', certifications: [{ id: 'cert-x', date: '2027-02-28' }] }],
    });
    expect(onLastDay.map((s) => s.lines[0].amount)).toEqual(['100.00', '100.00']);
    const dayLater = statements({
      components,
      periods,
      credits,
      payees: [{ id: 'rep', certifications: [{ id: 'cert-x', date: '2027-03-01' }] }],
    });
    expect(dayLater.map((s) => s.lines[0].amount)).toEqual(['0.00', '100.00']);
    expect(dayLater[0].lines[0].trace.zeroedBy).toEqual({
      reason: 'certification',
      missing: ['cert-x'],
      by: '2027-02-28',
    });
  });
});

describe('tenure and ramps', () => {
  const components = tiered('marginal');
  const periods = ['2027-01', '2027-02', '2027-03', '2027-04'];
  const monthly = periods.map((p) => credit('rep', `${p}-20`, '50000'));

  it('skips periods that end before the hire date and ramps the quota from the hire month', () => {
    const result = statements({
      plan: { ramp: ['0.25', '0.5'] },
      components,
      periods,
      credits: monthly,
      payees: [{ id: 'rep', hireDate: '2027-02-15', quota: { revenue: '100000' } }],
    });
    expect(result.map((s) => s.period)).toEqual(['2027-02', '2027-03', '2027-04']);
    expect(result.map((s) => s.trace.tenurePeriod)).toEqual([1, 2, 3]);
    expect(result.map((s) => s.lines[0].trace.quota)).toEqual(['25000', '50000', '100000']);
    // Feb, Q 25000: 0.02 × 12500 + 0.05 × 12500 + 0.08 × 25000 = 250 + 625 + 2000 = 2875.00
    // Mar, Q 50000: 0.02 × 25000 + 0.05 × 25000 = 500 + 1250 = 1750.00
    // Apr, Q 100000: 0.02 × 50000 = 1000.00
    expect(result.map((s) => s.lines[0].amount)).toEqual(['2875.00', '1750.00', '1000.00']);
  });

  it('counts tenure from before the first listed period', () => {
    const result = statements({
      plan: { ramp: ['0.25', '0.5'] },
      components,
      periods: ['2027-01'],
      credits: monthly.slice(0, 1),
      payees: [{ id: 'rep', hireDate: '2026-12-31', quota: { revenue: '100000' } }],
    });
    expect(result[0].trace.tenurePeriod).toBe(2);
    expect(result[0].lines[0].trace.quota).toBe('50000');
  });
});

describe('split credits', () => {
  it('credits each payee their share', () => {
    const payees = [
      { id: 'a', quota: { revenue: '1' } },
      { id: 'b', quota: { revenue: '1' } },
    ];
    const credits = [
      credit('a', '2027-01-05', '10000', { id: 'deal-1a', share: '0.6' }),
      credit('b', '2027-01-05', '10000', { id: 'deal-1b', share: '0.4' }),
    ];
    const result = statements({ payees, credits });
    // 0.05 × 6000 = 300.00 and 0.05 × 4000 = 200.00
    expect(result.map((s) => [s.payee, s.lines[0].trace.basis, s.lines[0].amount])).toEqual([
      ['a', '6000', '300.00'],
      ['b', '4000', '200.00'],
    ]);
  });
});

describe('draws, clawbacks and the balance', () => {
  const periods = ['2027-01', '2027-02', '2027-03'];
  const rate1 = [{ id: 'rev', type: 'rate', metric: 'revenue', rate: '1' }];
  const earn = (...amounts: string[]) => amounts.map((a, i) => credit('rep', `${periods[i]}-10`, a));
  const settle = (plan: Record<string, unknown>, amounts: string[], payee: Record<string, unknown> = {}) =>
    statements({
      plan,
      components: rate1,
      periods,
      payees: [{ id: 'rep', ...payee }],
      credits: earn(...amounts),
    }).map((s) => [s.earnings, s.payout, s.recovered, s.balance]);

  it('carries a clawback into later periods and recovers it from earnings', () => {
    // Jan: E = -500 < D = 0: pay 0, B = 500. Feb: E = 800: R = min(500, 800) = 500, P = 300, B = 0.
    expect(settle({}, ['-500', '800', '100'])).toEqual([
      ['-500.00', '0.00', '0.00', '500.00'],
      ['800.00', '300.00', '500.00', '0.00'],
      ['100.00', '100.00', '0.00', '0.00'],
    ]);
  });

  it('recovers a recoverable draw from later earnings above the draw', () => {
    // Jan: E 1000 < D 3000: P 3000, B 2000. Feb: E 4500: R = min(2000, 1500) = 1500, P 3000, B 500.
    // Mar: E 6000: R = min(500, 3000) = 500, P 5500, B 0.
    expect(settle({ draw: { amount: '3000', recoverable: true } }, ['1000', '4500', '6000'])).toEqual([
      ['1000.00', '3000.00', '0.00', '2000.00'],
      ['4500.00', '3000.00', '1500.00', '500.00'],
      ['6000.00', '5500.00', '500.00', '0.00'],
    ]);
  });

  it("forgives a non-recoverable draw's shortfall but not a clawback", () => {
    // Jan: E 1000 < 3000: P 3000, B + max(0, -1000) = 0. Feb: E -200: P 3000, B 200.
    // Mar: E 5000 >= 3000: R = min(200, 2000) = 200, P 4800, B 0.
    expect(settle({ draw: { amount: '3000', recoverable: false } }, ['1000', '-200', '5000'])).toEqual([
      ['1000.00', '3000.00', '0.00', '0.00'],
      ['-200.00', '3000.00', '0.00', '200.00'],
      ['5000.00', '4800.00', '200.00', '0.00'],
    ]);
  });

  it('starts from the opening balance', () => {
    // E 600: R = min(1000, 600) = 600, P 0, B 400.
    expect(settle({}, ['600', '0', '0'], { openingBalance: '1000' })[0]).toEqual([
      '600.00',
      '0.00',
      '600.00',
      '400.00',
    ]);
  });
});

describe('rounding and currencies', () => {
  const rate = (r: string) => [{ id: 'rev', type: 'rate', metric: 'revenue', rate: r }];

  it('rounds half up (away from zero) by default and half even when asked', () => {
    // 0.05 × 20000.50 = 1000.025
    expect(line({ credits: revenue('20000.50') })).toBe('1000.03');
    expect(line({ plan: { rounding: 'half-even' }, credits: revenue('20000.50') })).toBe('1000.02');
    // 0.05 × -20000.50 = -1000.025: half-up goes away from zero
    expect(line({ credits: revenue('-20000.50') })).toBe('-1000.03');
    // 0.05 × 20000.70 = 1000.035: half-even goes to the even 4
    expect(line({ plan: { rounding: 'half-even' }, credits: revenue('20000.70') })).toBe('1000.04');
  });

  it("uses the currency's minor unit", () => {
    // JPY: 0.05 × 12345 = 617.25 -> 617
    expect(line({ plan: { currency: 'JPY' }, credits: revenue('12345') })).toBe('617');
    // BHD: 0.05 × 100.01 = 5.0005 -> 5.001 half-up, 5.000 half-even
    expect(line({ plan: { currency: 'BHD' }, credits: revenue('100.01') })).toBe('5.001');
    expect(line({ plan: { currency: 'BHD', rounding: 'half-even' }, credits: revenue('100.01') })).toBe(
      '5.000',
    );
  });

  it('never writes -0.00', () => {
    // 0.001 × -1 = -0.001 -> 0.00
    expect(line({ components: rate('0.001'), credits: revenue('-1') })).toBe('0.00');
  });
});

describe('quarters', () => {
  it('groups credits by calendar quarter', () => {
    const result = statements({
      plan: { period: 'quarter' },
      periods: ['2027-Q1', '2027-Q2'],
      credits: [
        credit('rep', '2027-03-31', '1000'),
        credit('rep', '2027-04-01', '3000'),
        credit('rep', '2027-01-01', '1000'),
      ],
    });
    // Q1: 0.05 × 2000 = 100.00; Q2: 0.05 × 3000 = 150.00
    expect(result.map((s) => [s.period, s.lines[0].amount])).toEqual([
      ['2027-Q1', '100.00'],
      ['2027-Q2', '150.00'],
    ]);
  });
});

describe('statements', () => {
  it('come per payee in input order, then by period, with every component on every statement', () => {
    const payees = [
      { id: 'zed', quota: { revenue: '1' } },
      { id: 'amy', quota: { revenue: '1' } },
    ];
    const components = [
      { id: 'rev', type: 'rate', metric: 'revenue', rate: '0.05' },
      { id: 'spif', type: 'rate', metric: 'units', rate: '10' },
    ];
    const result = statements({
      payees,
      components,
      periods: ['2027-01', '2027-02'],
      credits: [credit('amy', '2027-02-01', '100')],
    });
    expect(result.map((s) => `${s.payee} ${s.period}`)).toEqual([
      'zed 2027-01',
      'zed 2027-02',
      'amy 2027-01',
      'amy 2027-02',
    ]);
    expect(result[0].lines).toEqual([
      expect.objectContaining({ component: 'rev', amount: '0.00' }),
      expect.objectContaining({ component: 'spif', amount: '0.00' }),
    ]);
  });
});

/*
 * Traces and boundaries the examples above leave open. Each was a surviving mutant of
 * evaluate.ts (`npm run test:mutation`); each is pinned by a worked example.
 */
describe('tenure boundaries', () => {
  const rampPlan = { ramp: ['0.25', '0.5'] };

  it('counts a hire on the last day of a period as that period, tenure 1', () => {
    // Hired 2027-01-31: January is paid, at 0.25 × 100000 = 25000 quota.
    const s = statements({
      plan: rampPlan,
      components: tiered('marginal'),
      credits: revenue('10000'),
      payees: [{ id: 'rep', hireDate: '2027-01-31', quota: { revenue: '100000' } }],
    });
    expect(s.map((x) => [x.period, x.trace.tenurePeriod, x.trace.rampMultiplier])).toEqual([
      ['2027-01', 1, '0.25'],
    ]);
    // Bands end at 12500 and 25000: 0.02 × 10000 = 200.00
    expect(s[0]?.lines[0]?.amount).toBe('200.00');
  });

  it('applies no ramp and no tenure to a payee without a hire date', () => {
    const s = statements({ plan: rampPlan, components: tiered('marginal'), credits: revenue('50000') })[0];
    expect(s?.trace.tenurePeriod).toBeNull();
    expect(s?.trace.rampMultiplier).toBe('1');
    // Full quota 100000: band 1 ends at 50000: 0.02 × 50000 = 1000.00
    expect(s?.lines[0]?.trace.quota).toBe('100000');
    expect(s?.lines[0]?.amount).toBe('1000.00');
  });
});

describe('line traces', () => {
  it('show a rate line as one step, without a quota', () => {
    // 0.05 × 20000 = 1000
    const trace = statements({ credits: revenue('20000') })[0]?.lines[0]?.trace;
    expect(trace).toEqual({
      type: 'rate',
      metric: 'revenue',
      basis: '20000',
      quota: null,
      attainment: null,
      steps: [{ step: 'rate', rate: '0.05', basis: '20000', amount: '1000' }],
      raw: '1000',
      zeroedBy: null,
      capped: null,
      exact: '1000',
      rounding: 'half-up',
    });
  });

  it('show every band of a marginal line, the same at the same quota in every period', () => {
    const periods = ['2027-01', '2027-02', '2027-03'];
    // Jan 120000 fills bands 1 and 2; Feb 30000 stays in band 1; Mar 120000 as January.
    const credits = [
      credit('rep', '2027-01-10', '120000'),
      credit('rep', '2027-02-10', '30000'),
      credit('rep', '2027-03-10', '120000'),
    ];
    const steps = statements({ components: tiered('marginal'), periods, credits }).map(
      (s) => s.lines[0]?.trace.steps,
    );
    const filled = [
      { step: 'band', band: 1, from: null, to: '50000', slice: '50000', rate: '0.02', amount: '1000' },
      { step: 'band', band: 2, from: '50000', to: '100000', slice: '50000', rate: '0.05', amount: '2500' },
      { step: 'band', band: 3, from: '100000', to: null, slice: '20000', rate: '0.08', amount: '1600' },
    ];
    expect(steps[0]).toEqual(filled);
    expect(steps[1]).toEqual([
      { step: 'band', band: 1, from: null, to: '50000', slice: '30000', rate: '0.02', amount: '600' },
      { step: 'band', band: 2, from: '50000', to: '100000', slice: '0', rate: '0.05', amount: '0' },
      { step: 'band', band: 3, from: '100000', to: null, slice: '0', rate: '0.08', amount: '0' },
    ]);
    expect(steps[2]).toEqual(filled);
  });

  it('keep each band of four its own trace across periods at one quota', () => {
    const tiers = [
      { upTo: '0.5', rate: '0.01' },
      { upTo: '1.0', rate: '0.02' },
      { upTo: '1.5', rate: '0.03' },
      { upTo: null, rate: '0.04' },
    ];
    const periods = ['2027-01', '2027-02'];
    // Jan 30000 stays in band 1; Feb 160000 fills bands 1 to 3 and ends in band 4.
    const credits = [credit('rep', '2027-01-10', '30000'), credit('rep', '2027-02-10', '160000')];
    const steps = statements({ components: tiered('marginal', 'attainment', tiers), periods, credits }).map(
      (s) =>
        s.lines[0]?.trace.steps.map((step) =>
          step.step === 'band' ? [step.band, step.slice, step.amount] : null,
        ),
    );
    expect(steps[0]).toEqual([
      [1, '30000', '300'],
      [2, '0', '0'],
      [3, '0', '0'],
      [4, '0', '0'],
    ]);
    // 0.01 × 50000 + 0.02 × 50000 + 0.03 × 50000 + 0.04 × 10000 = 500 + 1000 + 1500 + 400
    expect(steps[1]).toEqual([
      [1, '50000', '500'],
      [2, '50000', '1000'],
      [3, '50000', '1500'],
      [4, '10000', '400'],
    ]);
  });

  it('show the band a retroactive total falls in, with its ends', () => {
    const step = (amount: string) =>
      statements({ components: tiered('retroactive'), credits: revenue(amount) })[0]?.lines[0]?.trace.steps;
    // 40000 in band 1 (up to 50000): 0.02 × 40000 = 800
    expect(step('40000')).toEqual([
      { step: 'retroactive', band: 1, from: null, to: '50000', rate: '0.02', basis: '40000', amount: '800' },
    ]);
    // 60000 in band 2 (50000 to 100000): 0.05 × 60000 = 3000
    expect(step('60000')).toEqual([
      {
        step: 'retroactive',
        band: 2,
        from: '50000',
        to: '100000',
        rate: '0.05',
        basis: '60000',
        amount: '3000',
      },
    ]);
    // 120000 in band 3 (above 100000): 0.08 × 120000 = 9600
    expect(step('120000')).toEqual([
      {
        step: 'retroactive',
        band: 3,
        from: '100000',
        to: null,
        rate: '0.08',
        basis: '120000',
        amount: '9600',
      },
    ]);
  });

  it('read amount band ends without a quota, even when the payee has one', () => {
    const tiers = [
      { upTo: '30000', rate: '0.01' },
      { upTo: null, rate: '0.03' },
    ];
    const trace = statements({
      components: tiered('marginal', 'amount', tiers),
      credits: revenue('40000'),
    })[0]?.lines[0]?.trace;
    // 0.01 × 30000 + 0.03 × 10000 = 300 + 300 = 600; band 1 ends at 30000, not 30000 × 100000.
    expect(trace?.quota).toBeNull();
    expect(trace?.attainment).toBeNull();
    expect(trace?.steps.map((s) => (s.step === 'band' ? [s.to, s.amount] : null))).toEqual([
      ['30000', '300'],
      [null, '300'],
    ]);
  });

  it('show a bonus on an amount threshold without a quota, met or not, period after period', () => {
    const byAmount = { id: 'club', type: 'bonus', metric: 'revenue', minAmount: '20000', amount: '300' };
    const periods = ['2027-01', '2027-02', '2027-03'];
    const credits = [
      credit('rep', '2027-01-10', '25000'),
      credit('rep', '2027-02-10', '1000'),
      credit('rep', '2027-03-10', '20000'),
    ];
    const lines = statements({ components: [byAmount], periods, credits }).map((s) => s.lines[0]);
    expect(lines.map((l) => [l?.trace.quota, l?.amount])).toEqual([
      [null, '300.00'],
      [null, '0.00'],
      [null, '300.00'],
    ]);
    expect(lines.map((l) => l?.trace.steps)).toEqual([
      [{ step: 'bonus', threshold: '20000', met: true, amount: '300' }],
      [{ step: 'bonus', threshold: '20000', met: false, amount: '0' }],
      [{ step: 'bonus', threshold: '20000', met: true, amount: '300' }],
    ]);
  });

  describe('of a curve', () => {
    const points = [
      { attainment: '0.5', payout: '100' },
      { attainment: '1.0', payout: '2500' },
    ];
    const curveLine = (amount: string, curvePoints: unknown[] = points) =>
      statements({
        components: [{ id: 'tip', type: 'curve', metric: 'revenue', points: curvePoints }],
        credits: revenue(amount),
      })[0]?.lines[0];

    it('name the point below the first, above the last and the segment between', () => {
      // Quota 100000. a = 0.4: the first point's 100.
      expect(curveLine('40000')?.trace.steps).toEqual([
        {
          step: 'curve',
          position: 'below',
          from: { attainment: '0.5', payout: '100' },
          to: { attainment: '0.5', payout: '100' },
          amount: '100',
        },
      ]);
      // a = 1.2: the last point's 2500.
      expect(curveLine('120000')?.trace.steps).toEqual([
        {
          step: 'curve',
          position: 'above',
          from: { attainment: '1', payout: '2500' },
          to: { attainment: '1', payout: '2500' },
          amount: '2500',
        },
      ]);
      // a = 0.75: 100 + 2400 × (75000 - 50000) / (0.5 × 100000) = 1300
      expect(curveLine('75000')?.trace.steps).toEqual([
        {
          step: 'curve',
          position: 'between',
          from: { attainment: '0.5', payout: '100' },
          to: { attainment: '1', payout: '2500' },
          amount: '1300',
        },
      ]);
      expect(curveLine('75000')?.trace.attainment).toBe('0.75');
    });

    it('pays a single-point curve its payout exactly at the point', () => {
      // One point at 1.0 → 800: at a = 1.0 exactly the total is neither below nor above it.
      const at = curveLine('100000', [{ attainment: '1.0', payout: '800' }]);
      expect(at?.amount).toBe('800.00');
      expect(at?.trace.steps).toEqual([
        {
          step: 'curve',
          position: 'between',
          from: { attainment: '1', payout: '800' },
          to: { attainment: '1', payout: '800' },
          amount: '800',
        },
      ]);
    });
  });
});

describe('certifications, by code', () => {
  it('do not count a different certification held', () => {
    const components = [{ id: 'spif', type: 'rate', metric: 'revenue', rate: '0.01', requires: ['cert-x'] }];
    const s = statements({
      components,
      credits: revenue('10000'),
      payees: [{ id: 'rep', certifications: [{ id: 'cert-y', date: '2026-01-01' }] }],
    })[0];
    // 0.01 × 10000 = 100 raw, zeroed: cert-x is missing.
    expect(s?.lines[0]?.amount).toBe('0.00');
    expect(s?.lines[0]?.trace.zeroedBy).toEqual({
      reason: 'certification',
      missing: ['cert-x'],
      by: '2027-01-31',
    });
  });
});

describe('settlement traces', () => {
  it('say whether earnings covered the draw or the draw was paid', () => {
    const periods = ['2027-01', '2027-02'];
    const credits = [credit('rep', '2027-01-10', '1000'), credit('rep', '2027-02-10', '5000')];
    const s = statements({
      plan: { draw: { amount: '3000', recoverable: true } },
      components: [{ id: 'rev', type: 'rate', metric: 'revenue', rate: '1' }],
      periods,
      credits,
    });
    // Jan: 1000 < 3000, the draw is paid and 2000 owed. Feb: 5000 covers it.
    expect(s.map((x) => [x.trace.settlement, x.trace.balanceAdded, x.trace.openingBalance])).toEqual([
      ['draw-paid', '2000.00', '0.00'],
      ['earnings-cover-draw', '0.00', '2000.00'],
    ]);
  });
});
