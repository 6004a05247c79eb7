import { attainmentBand, formatAttainment, formatMetricValue } from './metric-format';

describe('metric figures as a reader sees them', () => {
  const revenue = {
    id: 'r',
    code: 'revenue',
    nameEn: 'Revenue',
    nameZh: '收入',
    unit: 'money' as const,
    currency: 'CNY',
    aggregation: 'sum' as const,
    higherIsBetter: true,
  };

  it('formats money in the currency and attainment as a whole percentage', () => {
    expect(formatMetricValue('1799028.40', revenue, 'en')).toBe('CN¥1,799,028');
    expect(formatAttainment('0.8498', 'en')).toBe('85%');
    expect(formatAttainment(null, 'en')).toBe('—');
  });

  it('bands attainment for the heatmap', () => {
    expect([
      attainmentBand('1.02'),
      attainmentBand('0.85'),
      attainmentBand('0.5'),
      attainmentBand(null),
    ]).toEqual(['high', 'mid', 'low', 'none']);
  });
});
