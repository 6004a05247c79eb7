import { percentOf } from './readiness-format';

describe('percentOf', () => {
  it('shows a decimal share as a whole percent, never rounding up to a threshold not reached', () => {
    expect(percentOf('1')).toBe('100');
    expect(percentOf('0.9999')).toBe('99');
    expect(percentOf('1.125')).toBe('112');
    expect(percentOf('0')).toBe('0');
  });
});
