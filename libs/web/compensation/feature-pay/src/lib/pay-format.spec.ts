import { attainmentPercent, formatMoney, formatSignedMoney, isZeroAmount, payoutChange } from './pay-format';

describe('pay formatting', () => {
  it('writes money exactly, in the reader’s language', () => {
    expect(formatMoney('1234567.89', 'CNY', 'en')).toBe('CN¥1,234,567.89');
    expect(formatMoney('1234567.89', 'CNY', 'zh-CN')).toBe('¥1,234,567.89');
    expect(formatMoney(null, 'CNY', 'en')).toBe('—');
  });

  it('marks a change of a quarter or more, and a first statement', () => {
    expect(payoutChange('1250.00', '1000.00')).toEqual({ delta: '250.00', notable: true });
    expect(payoutChange('1249.99', '1000.00')).toEqual({ delta: '249.99', notable: false });
    expect(payoutChange('700.00', '1000.00')).toEqual({ delta: '-300.00', notable: true });
    expect(payoutChange('0.00', '0.00')).toEqual({ delta: '0.00', notable: false });
    expect(payoutChange('10.00', '0.00')).toEqual({ delta: '10.00', notable: true });
    expect(payoutChange('10.00', null)).toEqual({ delta: null, notable: true });
  });

  it('reads attainment against the quota', () => {
    expect(attainmentPercent('12000', '10000')).toBe('120%');
    expect(attainmentPercent('5', '0')).toBe('—');
  });

  it('signs a difference, but not a zero one', () => {
    expect(formatSignedMoney('1000', 'CNY', 'en')).toBe('+CN¥1,000.00');
    expect(formatSignedMoney('-500.5', 'CNY', 'en')).toBe('-CN¥500.50');
    expect(formatSignedMoney('0.00', 'CNY', 'en')).toBe('CN¥0.00');
    expect(isZeroAmount('-0.00')).toBe(true);
    expect(isZeroAmount('0.01')).toBe(false);
  });
});
