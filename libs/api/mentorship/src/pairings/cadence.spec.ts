import { nextMeeting } from './cadence';

describe('the next meeting', () => {
  const pairing = { started_on: '2026-11-01', first_month_cadence_days: 7, cadence_days: 14 };

  it('comes a week on in the first 28 days, two weeks on after', () => {
    expect(nextMeeting('2026-11-01', pairing)).toBe('2026-11-08');
    expect(nextMeeting('2026-11-28', pairing)).toBe('2026-12-05');
    expect(nextMeeting('2026-11-29', pairing)).toBe('2026-12-13');
  });

  it('follows the usual cadence for a pairing that has not started', () => {
    expect(nextMeeting('2026-11-10', { ...pairing, started_on: null })).toBe('2026-11-24');
  });
});
