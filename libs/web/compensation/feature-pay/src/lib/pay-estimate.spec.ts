import { basisKeyOf } from '@cadre/compensation/engine';
import type { PayEstimateInputsDto } from '@cadre/shared/contracts';
import { estimatePay } from './pay-estimate';

const inputs = (totals: Record<string, string>): PayEstimateInputsDto => ({
  period: '2026-11',
  planName: 'Account Executive',
  planVersion: 1,
  plan: {
    id: 'ae',
    name: 'Account Executive',
    currency: 'CNY',
    period: 'month',
    components: [
      {
        id: 'x',
        name: 'Product X',
        type: 'rate',
        metric: 'revenue',
        rate: '0.05',
        filter: { product: ['X'] },
      },
      { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1.0', amount: '3000' },
    ],
    draw: { amount: '2000', recoverable: true },
  },
  payee: {
    id: 'me',
    hireDate: '2020-01-01',
    quota: { revenue: '300000' },
    certifications: [],
    openingBalance: '500',
  },
  totals,
  metrics: [{ code: 'revenue', nameEn: 'Revenue', nameZh: '收入', unit: 'money' }],
  attributes: { product: ['X', 'Y'], region: [], segment: [] },
});

// The bases' keys, as the engine names them (a metric, and its filter when it has one).
const X = basisKeyOf('revenue', { product: ['X'] });
const ALL = basisKeyOf('revenue', null);

describe('estimatePay', () => {
  it('adds a deal to every basis it counts towards, and says what it adds', () => {
    // So far: 40,000 on product X, 150,000 in all. Now: 0.05 × 40,000 = 2,000; no club (150,000 < 300,000).
    // A deal of 200,000 on X: 0.05 × 240,000 = 12,000, and 350,000 ≥ 300,000 earns the club's 3,000.
    const estimate = estimatePay(inputs({ [X]: '40000', [ALL]: '150000' }), {
      values: { revenue: '200000' },
      share: '1',
      attributes: { product: 'X' },
    });
    expect(estimate?.now.earnings).toBe('2000.00');
    expect(estimate?.withDeal.lines.map((l) => l.amount)).toEqual(['12000.00', '3000.00']);
    expect(estimate?.difference).toBe('13000.00');
    // Earnings 15,000 cover the 2,000 draw; the opening 500 owed is recovered: 14,500 paid.
    expect(estimate?.withDeal.payout).toBe('14500.00');
  });

  it("leaves out a basis whose filter the deal's attributes do not match, and counts the person's share", () => {
    // On product Y, half credited: 100,000 joins the unfiltered basis only: 250,000 < 300,000, no club.
    const estimate = estimatePay(inputs({ [X]: '40000', [ALL]: '150000' }), {
      values: { revenue: '200000' },
      share: '0.5',
      attributes: { product: 'Y' },
    });
    expect(estimate?.withDeal.lines[1]?.trace.basis).toBe('250000');
    expect(estimate?.difference).toBe('0.00');
  });

  it('estimates the period so far without a deal, and from nothing credited', () => {
    const estimate = estimatePay(inputs({}), null);
    expect(estimate?.now.earnings).toBe('0.00');
    expect(estimate?.withDeal.earnings).toBe('0.00');
    expect(estimate?.difference).toBe('0.00');
  });

  it('gives nothing for inputs that are no longer a valid plan', () => {
    const broken = { ...inputs({}), plan: { id: 'ae', components: [] } };
    expect(estimatePay(broken, null)).toBeNull();
  });
});
