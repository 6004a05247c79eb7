import { groupDigits, percent } from './statement-text';

describe('groupDigits', () => {
  it('groups the whole part in thousands and keeps every digit as written', () => {
    expect(groupDigits('0.00')).toBe('0.00');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('-2400.50')).toBe('-2,400.50');
    expect(groupDigits('1234567.125')).toBe('1,234,567.125');
    // Beyond what a JavaScript number holds exactly.
    expect(groupDigits('12345678901234567890.01')).toBe('12,345,678,901,234,567,890.01');
  });

  it('leaves anything that is not a plain decimal alone', () => {
    expect(groupDigits('n/a')).toBe('n/a');
    expect(groupDigits('1e21')).toBe('1e21');
  });
});

describe('percent', () => {
  it('shows a ratio as a percentage to one decimal place', () => {
    expect(percent('0.48')).toBe('48%');
    expect(percent('1.0833333333333333333')).toBe('108.3%');
    expect(percent('0')).toBe('0%');
    expect(percent('0.00049')).toBe('0%');
    expect(percent('0.00051')).toBe('0.1%');
  });
});
