import { addDaysIso, isIsoDate, todayIso } from './iso-date';

describe('ISO calendar dates', () => {
  it.each(['2026-11-27', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-1-5',
    '27/11/2026',
    '2026-11-27T00:00:00Z',
    '',
    20261127,
    null,
  ])('rejects %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('adds days across month and leap-year ends', () => {
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads today in UTC', () => {
    expect(todayIso(new Date('2026-11-27T23:59:59Z'))).toBe('2026-11-27');
  });
});
