import { planSentences } from './plan-summary';

const t = (key: string, params?: Record<string, string | number>) =>
  `${key}${params ? ' ' + JSON.stringify(params) : ''}`;

describe('planSentences', () => {
  it('says what each component pays, with its gate, then the cap and the draw', () => {
    const sentences = planSentences(
      {
        components: [
          {
            id: 'rev',
            name: 'Revenue',
            type: 'tiered',
            metric: 'revenue',
            basis: 'attainment',
            mode: 'marginal',
            tiers: [
              { upTo: '1.0', rate: '0.05' },
              { upTo: null, rate: '0.08' },
            ],
            gate: { metric: 'margin', minAttainment: '0.6' },
          },
          { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1.0', amount: '3000' },
          { id: 'logos', type: 'rate', metric: 'new_customers', rate: '500' },
          { id: 'spif', type: 'rate', metric: 'revenue', rate: '0.01', filter: { product: 'X' } },
        ],
        cap: '60000',
        draw: { amount: '2000', recoverable: true },
      },
      t,
    );
    expect(sentences).toEqual([
      'Revenue: pay.plan.tiered {"metric":"revenue","tiers":"pay.plan.tierUpTo {\\"upTo\\":\\"100%\\",\\"rate\\":\\"5%\\"}; pay.plan.tierAbove {\\"rate\\":\\"8%\\"}"} (pay.plan.gate {"metric":"margin","min":"60%"})',
      'club: pay.plan.bonus {"amount":"3,000","min":"100%","metric":"revenue"}',
      'logos: pay.plan.ratePerUnit {"amount":"500","metric":"new_customers"}',
      'spif: pay.plan.rate {"rate":"1%","metric":"revenue"}',
      'pay.plan.cap {"cap":"60,000"}',
      'pay.plan.drawRecoverable {"amount":"2,000"}',
    ]);
  });

  it("names metrics as the reader's language does, the gate's too", () => {
    const names: Record<string, string> = { revenue: '收入', margin: '毛利' };
    expect(
      planSentences(
        {
          components: [
            {
              id: 'r',
              type: 'rate',
              metric: 'revenue',
              rate: '0.05',
              gate: { metric: 'margin', minAttainment: '0.6' },
            },
          ],
        },
        t,
        (code) => names[code] ?? code,
      ),
    ).toEqual([
      'r: pay.plan.rate {"rate":"5%","metric":"收入"} (pay.plan.gate {"metric":"毛利","min":"60%"})',
    ]);
  });

  it('says nothing of a plan it does not have', () => {
    expect(planSentences(null, t)).toEqual([]);
  });
});
