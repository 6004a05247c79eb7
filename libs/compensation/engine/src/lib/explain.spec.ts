import { credit, statements } from '../test/documents';
import { explainStatement } from './explain';

describe('explainStatement', () => {
  it('explains each band, the cap and the draw in words a rep can follow', () => {
    const [s] = statements({
      plan: { draw: { amount: '3000', recoverable: true } },
      components: [
        {
          id: 'rev',
          name: 'Revenue accelerator',
          type: 'tiered',
          metric: 'revenue',
          basis: 'attainment',
          mode: 'marginal',
          cap: '2000',
          tiers: [
            { upTo: '0.5', rate: '0.02' },
            { upTo: null, rate: '0.05' },
          ],
        },
      ],
      credits: [credit('rep', '2027-01-09', '75000')],
    });
    const text = explainStatement(s);
    expect(text).toContain('Statement for rep, 2027-01 (CNY)');
    expect(text).toContain('revenue total 75000 against quota 100000 (attainment 75%)');
    expect(text).toContain('band 1 (up to 50000): 50000 × 0.02 = 1000');
    expect(text).toContain('band 2 (above 50000): 25000 × 0.05 = 1250');
    expect(text).toContain('capped at 2000 (was 2250)');
    expect(text).toContain('draw 3000.00 (recoverable): earnings below the draw, so the draw is paid');
    expect(text).toMatch(/Payout\s+3000\.00/);
    expect(text).toMatch(/Balance owed after this period\s+1000\.00/);
  });

  it('says why a line pays nothing', () => {
    const [s] = statements({
      components: [{ id: 'spif', type: 'rate', metric: 'revenue', rate: '0.01', requires: ['cert-x'] }],
      credits: [credit('rep', '2027-01-09', '1000')],
    });
    expect(explainStatement(s)).toContain('pays 0: certification cert-x not held by 2027-01-31');
  });
});
