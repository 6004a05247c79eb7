import { retryAfterSeconds } from './login-throttle';

describe('retryAfterSeconds', () => {
  const limits = { windowSeconds: 900, maxFailuresPerAccount: 5, maxFailuresPerAddress: 30 };
  const now = new Date('2026-11-27T10:00:00Z');
  const ago = (s: number) => new Date(now.getTime() - s * 1000);

  it('lets an account with fewer failures than the limit try again', () => {
    expect(
      retryAfterSeconds(
        { account: 4, accountOldest: ago(60), address: 4, addressOldest: ago(60) },
        limits,
        now,
      ),
    ).toBeNull();
  });

  it('blocks the account until its oldest counted failure leaves the window', () => {
    // Oldest failure 600 s ago, window 900 s: 300 s to wait.
    expect(
      retryAfterSeconds(
        { account: 5, accountOldest: ago(600), address: 5, addressOldest: ago(600) },
        limits,
        now,
      ),
    ).toBe(300);
  });

  it('blocks an address that failed across many accounts, and reports the longer wait', () => {
    expect(
      retryAfterSeconds(
        { account: 1, accountOldest: ago(10), address: 30, addressOldest: ago(100) },
        limits,
        now,
      ),
    ).toBe(800);
    expect(
      retryAfterSeconds(
        { account: 5, accountOldest: ago(850), address: 30, addressOldest: ago(100) },
        limits,
        now,
      ),
    ).toBe(800);
  });

  it('never answers less than one second', () => {
    expect(
      retryAfterSeconds(
        { account: 5, accountOldest: ago(900), address: 0, addressOldest: null },
        limits,
        now,
      ),
    ).toBe(1);
  });
});
