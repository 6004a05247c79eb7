import { credit, document, problems } from '../test/documents';
import { simulate } from './simulate';

describe('invalid documents produce no statements, only every problem with its JSON path', () => {
  it('reports decimals that are not', () => {
    const doc = document({
      credits: [
        credit('rep', '2027-01-01', '100'),
        credit('rep', '2027-01-01', '200'),
        credit('rep', '2027-01-01', '300'),
        credit('rep', '2027-01-01', '12x'),
      ],
    });
    expect(problems(doc)).toEqual(['credits[3].amount: "12x" is not a decimal number']);
  });

  it('gives each problem a stable code and the values its sentence names, for translation', () => {
    const doc = document({
      periods: ['2027-01', '2027-03'],
      credits: [credit('ghost', '2027-01-01', '12x')],
    });
    const result = simulate(doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'periods[1]',
        code: 'plan_period_gap',
        params: { value: '2027-03', previous: '2027-01' },
        message: '"2027-03" does not follow "2027-01": periods must be ascending and consecutive',
      },
      {
        path: 'credits[0].payee',
        code: 'plan_unknown_payee',
        params: { payee: 'ghost' },
        message: 'unknown payee "ghost"',
      },
      {
        path: 'credits[0].amount',
        code: 'plan_decimal',
        params: { value: '"12x"' },
        message: '"12x" is not a decimal number',
      },
    ]);
  });

  it('accepts JSON numbers by their shortest spelling, and refuses other types', () => {
    expect(() =>
      problems(document({ credits: [credit('rep', '2027-01-01', 1200.5 as unknown as string)] })),
    ).toThrow('expected the document to be refused');
    expect(problems(document({ credits: [credit('rep', '2027-01-01', true as unknown as string)] }))).toEqual(
      ['credits[0].amount: true is not a decimal number'],
    );
  });

  it('reports dates that do not exist or are not yyyy-mm-dd', () => {
    const doc = document({
      payees: [{ id: 'rep', hireDate: '2027-02-29', quota: { revenue: '1' } }],
      credits: [credit('rep', '27/01/2027', '1')],
    });
    expect(problems(doc)).toEqual([
      'payees[0].hireDate: "2027-02-29" is not a date (yyyy-mm-dd)',
      'credits[0].date: "27/01/2027" is not a date (yyyy-mm-dd)',
    ]);
  });

  it('reports unknown payees', () => {
    expect(problems(document({ credits: [credit('ghost', '2027-01-01', '1')] }))).toEqual([
      'credits[0].payee: unknown payee "ghost"',
    ]);
  });

  it('reports duplicate ids of payees, credits and components', () => {
    const doc = document({
      components: [
        { id: 'rev', type: 'rate', metric: 'revenue', rate: '0.05' },
        { id: 'rev', type: 'rate', metric: 'revenue', rate: '0.01' },
      ],
      payees: [{ id: 'rep' }, { id: 'rep' }],
      credits: [
        credit('rep', '2027-01-01', '1', { id: 'deal-1' }),
        credit('rep', '2027-01-02', '1', { id: 'deal-1' }),
      ],
    });
    expect(problems(doc)).toEqual([
      'plan.components[1].id: duplicate id "rev"',
      'payees[1].id: duplicate id "rep"',
      'credits[1].id: duplicate id "deal-1"',
    ]);
  });

  it('reports shares outside (0, 1]', () => {
    const doc = document({
      credits: [
        credit('rep', '2027-01-01', '1', { share: '0' }),
        credit('rep', '2027-01-01', '1', { share: '1.5' }),
        credit('rep', '2027-01-01', '1', { share: '1' }),
      ],
    });
    expect(problems(doc)).toEqual([
      'credits[0].share: 0 is outside (0, 1]',
      'credits[1].share: 1.5 is outside (0, 1]',
    ]);
  });

  it('reports tiers that do not ascend or lack a final open tier', () => {
    const doc = document({
      components: [
        {
          id: 'a',
          type: 'tiered',
          metric: 'revenue',
          basis: 'attainment',
          mode: 'marginal',
          tiers: [
            { upTo: '1.0', rate: '0.05' },
            { upTo: '0.5', rate: '0.08' },
            { upTo: null, rate: '0.1' },
          ],
        },
        {
          id: 'b',
          type: 'tiered',
          metric: 'revenue',
          basis: 'amount',
          mode: 'retroactive',
          tiers: [{ upTo: '1000', rate: '0.05' }],
        },
        {
          id: 'c',
          type: 'tiered',
          metric: 'revenue',
          basis: 'amount',
          mode: 'sideways',
          tiers: [
            { upTo: null, rate: '0.05' },
            { upTo: null, rate: '0.05' },
          ],
        },
      ],
    });
    expect(problems(doc)).toEqual([
      "plan.components[0].tiers[1].upTo: 0.5 is not above the previous tier's 1: tiers must ascend",
      'plan.components[1].tiers[0].upTo: the last tier must be open: "upTo": null',
      'plan.components[2].mode: "sideways" is not "marginal" or "retroactive"',
      'plan.components[2].tiers[0].upTo: only the last tier may be open (upTo: null)',
    ]);
  });

  it('reports unknown component types', () => {
    expect(problems(document({ components: [{ id: 'x', type: 'lottery', metric: 'revenue' }] }))).toEqual([
      'plan.components[0].type: unknown type "lottery" (expected rate, tiered, bonus, curve)',
    ]);
  });

  it('reports periods that are not consecutive, not ascending, or of the wrong kind', () => {
    expect(problems(document({ periods: ['2027-01', '2027-03'] }))).toEqual([
      'periods[1]: "2027-03" does not follow "2027-01": periods must be ascending and consecutive',
    ]);
    expect(problems(document({ periods: ['2027-02', '2027-01'] }))).toEqual([
      'periods[1]: "2027-01" does not follow "2027-02": periods must be ascending and consecutive',
    ]);
    expect(problems(document({ periods: ['2027-Q1'] }))).toEqual([
      'periods[0]: "2027-Q1" is a quarter, but plan.period is "month"',
    ]);
    expect(problems(document({ periods: ['2027-13'] }))).toEqual([
      'periods[0]: "2027-13" is not a month period (expected "2027-01")',
    ]);
    expect(problems(document({ periods: [] }))).toEqual(['periods: must name at least one period']);
  });

  it('reports missing (or zero) quotas where attainment is needed, naming who needs them', () => {
    const doc = document({
      components: [
        {
          id: 'rev',
          type: 'tiered',
          metric: 'revenue',
          basis: 'attainment',
          mode: 'marginal',
          tiers: [{ upTo: null, rate: '0.05' }],
        },
        {
          id: 'spif',
          type: 'rate',
          metric: 'units',
          rate: '10',
          gate: { metric: 'margin', minAttainment: '0.8' },
        },
        { id: 'tip', type: 'curve', metric: 'calls', points: [{ attainment: '1', payout: '100' }] },
      ],
      payees: [
        { id: 'ok', quota: { revenue: '100', margin: '10', calls: '5' } },
        { id: 'bad', quota: { revenue: '0' } },
      ],
    });
    expect(problems(doc)).toEqual([
      'payees[1].quota.revenue: quota required by component "rev" (it is 0)',
      'payees[1].quota.margin: quota required by the gate of component "spif"',
      'payees[1].quota.calls: quota required by component "tip"',
    ]);
  });

  it('needs no quota for rate components, amount tiers and amount bonuses', () => {
    const doc = document({
      components: [
        { id: 'a', type: 'rate', metric: 'revenue', rate: '0.05' },
        {
          id: 'b',
          type: 'tiered',
          metric: 'revenue',
          basis: 'amount',
          mode: 'marginal',
          tiers: [{ upTo: null, rate: '0.05' }],
        },
        { id: 'c', type: 'bonus', metric: 'revenue', minAmount: '10', amount: '5' },
      ],
      payees: [{ id: 'rep' }],
    });
    expect(() => problems(doc)).toThrow('expected the document to be refused');
  });

  it('checks the plan itself: currency, period, rounding, bonus thresholds, curves, draw', () => {
    const doc = {
      plan: {
        id: 'p',
        currency: 'yuan',
        period: 'week',
        rounding: 'up',
        components: [
          { id: 'b', type: 'bonus', metric: 'revenue', minAttainment: '1', minAmount: '5', amount: '10' },
          {
            id: 'c',
            type: 'curve',
            metric: 'revenue',
            points: [
              { attainment: '1', payout: '1' },
              { attainment: '1', payout: '2' },
            ],
          },
        ],
        ramp: ['0.5', '0'],
        draw: { amount: '100.123', recoverable: 'yes' },
      },
      periods: ['2027-01'],
      payees: [],
      credits: [],
    };
    expect(problems(doc)).toEqual([
      'plan.currency: "yuan" is not an ISO 4217 currency code such as "CNY"',
      'plan.rounding: "up" is not "half-up" or "half-even"',
      'plan.period: "week" is not "month" or "quarter"',
      'plan.components[0]: a bonus needs exactly one of minAttainment and minAmount',
      "plan.components[1].points[1].attainment: 1 is not above the previous point's 1: attainments must ascend",
      'plan.ramp[1]: "0" must be greater than 0',
      'plan.draw.amount: 100.123 has more decimals than XXX allows (2)',
      'plan.draw.recoverable: must be true or false',
    ]);
  });

  it('refuses documents that are not objects, and missing sections', () => {
    expect(problems([])).toEqual([
      '$: the document must be a JSON object with plan, periods, payees and credits',
    ]);
    expect(problems({})).toEqual([
      'plan: is required',
      'periods: is required',
      'payees: is required',
      'credits: is required',
    ]);
  });
});
