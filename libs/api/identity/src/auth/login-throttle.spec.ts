import { retryAfterSeconds } from './login-throttle';

describe('retryAfterSeconds', () => {
  const limits = {
    windowSeconds: 900,
    maxFailuresPerAccount: 5,
    maxFailuresPerAddress: 30,
    accountSlowdownAfter: 50,
    slowdownMs: 2000,
  };
  const now = new Date('2026-11-27T10:00:00Z');
  const ago = (s: number) => new Date(now.getTime() - s * 1000);
  const failures = (
    pair: number,
    pairAgo: number | null,
    address: number,
    addressAgo: number | null,
    account = pair,
  ) => ({
    pair,
    pairOldest: pairAgo === null ? null : ago(pairAgo),
    address,
    addressOldest: addressAgo === null ? null : ago(addressAgo),
    account,
  });

  it('lets an account with fewer failures from this address than the limit try again', () => {
    expect(retryAfterSeconds(failures(4, 60, 4, 60), limits, now)).toBeNull();
  });

  it('refuses the account from this address until its oldest counted failure leaves the window', () => {
    // Oldest failure 600 s ago, window 900 s: 300 s to wait.
    expect(retryAfterSeconds(failures(5, 600, 5, 600), limits, now)).toBe(300);
  });

  it('does not refuse an account that failed many times elsewhere, from an address that has not', () => {
    expect(retryAfterSeconds(failures(0, null, 0, null, 400), limits, now)).toBeNull();
  });

  it('refuses, on an account under attack, an address that has already failed on it once', () => {
    expect(retryAfterSeconds(failures(1, 30, 1, 30, 50), limits, now)).toBe(870);
    expect(retryAfterSeconds(failures(1, 30, 1, 30, 49), limits, now)).toBeNull();
  });

  it('refuses an address that failed across many accounts, and reports the longer wait', () => {
    expect(retryAfterSeconds(failures(1, 10, 30, 100), limits, now)).toBe(800);
    expect(retryAfterSeconds(failures(5, 850, 30, 100), limits, now)).toBe(800);
  });

  it('never answers less than one second', () => {
    expect(retryAfterSeconds(failures(5, 900, 0, null), limits, now)).toBe(1);
  });
});
