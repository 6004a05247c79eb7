import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  throttleKey,
  TooManyAttemptsError,
  TransactionRunner,
  type AppConfig,
} from '@cadre/api/core';
import { LoginAttemptsRepository, type RecentFailures } from './login-attempts.repository';

type Limits = AppConfig['loginThrottle'];

/** An admitted password check: what to do with it once the password is known to be right or wrong. */
export interface AdmittedAttempt {
  id: string;
  /** How long to hold the check (the account is being guessed at from many addresses). */
  holdMs: number;
  /** Whether a wrong password now locks this account from this address, or this address. */
  failureLocks: boolean;
}

/**
 * Limits password guessing (sign-in and password change) inside a sliding window, with
 * state in PostgreSQL so every API replica enforces the same limits:
 * - an account from one address is refused after `maxFailuresPerAccount` failures, so a
 *   stranger's guesses never lock the owner out from their own address;
 * - an address is refused after `maxFailuresPerAddress` failures across accounts;
 * - an account failing from many addresses past `accountSlowdownAfter` is slowed, never
 *   locked: an address that has already failed on it is refused, and one that has not
 *   (the owner's) is held `slowdownMs` and then checked, so the right password works.
 * Each attempt is recorded as a failure before the password is checked, under locks on
 * the account and the address, so parallel guesses count one after another.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: LoginAttemptsRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Throws 429 when refused; otherwise records the attempt (as failed until it succeeds). */
  admit(email: string, ip: string, now = new Date()): Promise<AdmittedAttempt> {
    const limits = this.config.loginThrottle;
    const address = throttleKey(ip);
    return this.transactions.run(async (tx) => {
      await this.attempts.lock(tx, email, address);
      const failures = await this.attempts.recentFailures(tx, email, address, limits.windowSeconds);
      const wait = retryAfterSeconds(failures, limits, now);
      if (wait !== null) throw new TooManyAttemptsError(wait);
      const id = await this.attempts.recordPending(tx, email, address);
      return {
        id,
        holdMs: failures.account >= limits.accountSlowdownAfter ? limits.slowdownMs : 0,
        failureLocks:
          failures.pair + 1 === limits.maxFailuresPerAccount ||
          failures.address + 1 === limits.maxFailuresPerAddress,
      };
    });
  }

  async succeeded(attempt: AdmittedAttempt, email: string): Promise<void> {
    await this.attempts.markSucceeded(attempt.id);
    await this.attempts.prune(email);
  }
}

/** Seconds until the oldest counted failure leaves the window, or null when not refused. */
export function retryAfterSeconds(failures: RecentFailures, limits: Limits, now: Date): number | null {
  const waits: number[] = [];
  const until = (oldest: Date | null) =>
    oldest
      ? Math.max(1, Math.ceil((oldest.getTime() + limits.windowSeconds * 1000 - now.getTime()) / 1000))
      : 1;
  if (failures.pair >= limits.maxFailuresPerAccount) waits.push(until(failures.pairOldest));
  if (failures.address >= limits.maxFailuresPerAddress) waits.push(until(failures.addressOldest));
  // Under attack from many addresses: one that has already failed on this account waits.
  if (failures.account >= limits.accountSlowdownAfter && failures.pair >= 1)
    waits.push(until(failures.pairOldest));
  return waits.length ? Math.max(...waits) : null;
}
