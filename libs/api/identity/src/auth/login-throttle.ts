import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, TooManyAttemptsError, type AppConfig } from '@cadre/api/core';
import { LoginAttemptsRepository, type RecentFailures } from './login-attempts.repository';

/**
 * Limits failed sign-ins per account and per address inside a sliding window. State lives
 * in PostgreSQL, so every API replica enforces the same limit.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: LoginAttemptsRepository,
  ) {}

  async assertAllowed(email: string, ip: string, now = new Date()): Promise<void> {
    const { windowSeconds } = this.config.loginThrottle;
    const failures = await this.attempts.recentFailures(email, ip, windowSeconds);
    const wait = retryAfterSeconds(failures, this.config.loginThrottle, now);
    if (wait !== null) throw new TooManyAttemptsError(wait);
  }

  recordFailure(email: string, ip: string): Promise<void> {
    return this.attempts.record(email, ip, false);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.attempts.record(email, ip, true);
    await this.attempts.prune(email);
  }
}

/** Seconds until the oldest counted failure leaves the window, or null when not throttled. */
export function retryAfterSeconds(
  failures: RecentFailures,
  limits: { windowSeconds: number; maxFailuresPerAccount: number; maxFailuresPerAddress: number },
  now: Date,
): number | null {
  const waits: number[] = [];
  const until = (oldest: Date | null) =>
    oldest
      ? Math.max(1, Math.ceil((oldest.getTime() + limits.windowSeconds * 1000 - now.getTime()) / 1000))
      : 1;
  if (failures.account >= limits.maxFailuresPerAccount) waits.push(until(failures.accountOldest));
  if (failures.address >= limits.maxFailuresPerAddress) waits.push(until(failures.addressOldest));
  return waits.length ? Math.max(...waits) : null;
}
