import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, TooManyAttemptsError, type AppConfig } from '@cadre/api/core';
import { LoginAttemptsRepository, type RecentFailures } from './login-attempts.repository';

type Limits = AppConfig['loginThrottle'];

/**
 * Limits password guessing (sign-in and password change) inside a sliding window, with
 * state in PostgreSQL so every API replica enforces the same limits:
 * - an account from one address is refused after `maxFailuresPerAccount` failures, so a
 *   stranger's guesses never lock the owner out from their own address;
 * - an address is refused after `maxFailuresPerAddress` failures across accounts;
 * - an account failing from many addresses past `accountSlowdownAfter` is slowed down
 *   (each attempt waits `slowdownMs`), never locked, so the right password still works.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: LoginAttemptsRepository,
  ) {}

  /** Throws 429 when refused; otherwise returns how long to hold the attempt (ms). */
  async admit(email: string, ip: string, now = new Date()): Promise<number> {
    const failures = await this.attempts.recentFailures(email, ip, this.config.loginThrottle.windowSeconds);
    const wait = retryAfterSeconds(failures, this.config.loginThrottle, now);
    if (wait !== null) throw new TooManyAttemptsError(wait);
    return failures.account >= this.config.loginThrottle.accountSlowdownAfter
      ? this.config.loginThrottle.slowdownMs
      : 0;
  }

  /** Records a failure; true when it is the one that locks the pair or the address. */
  async recordFailure(email: string, ip: string): Promise<boolean> {
    await this.attempts.record(email, ip, false);
    const { windowSeconds, maxFailuresPerAccount, maxFailuresPerAddress } = this.config.loginThrottle;
    const failures = await this.attempts.recentFailures(email, ip, windowSeconds);
    return failures.pair === maxFailuresPerAccount || failures.address === maxFailuresPerAddress;
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.attempts.record(email, ip, true);
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
  return waits.length ? Math.max(...waits) : null;
}
