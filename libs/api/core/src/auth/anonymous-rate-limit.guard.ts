import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TooManyRequestsError } from '../errors/domain-errors';
import { throttleKey } from '../http/throttle-key';
import { IS_PUBLIC_KEY } from './auth.decorators';

export const UNLIMITED_KEY = 'cadre:unlimited';

/** A public route that monitoring calls all day (health) is not rate limited. */
export const Unlimited = () => SetMetadata(UNLIMITED_KEY, true);

/** Addresses remembered at most; past it the oldest window is forgotten first. */
const MAX_TRACKED = 100_000;

/**
 * A general limit on the anonymous routes (sign-in, refresh, sign-out): so many requests
 * per address per minute, on top of the sign-in throttle's limits on failed passwords.
 * Counted per process: behind several replicas the limit is per replica, which is enough
 * to blunt a flood; the password throttle, which must be exact, lives in PostgreSQL.
 */
@Injectable()
export class AnonymousRateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(UNLIMITED_KEY, targets)) return true;
    const ip = throttleKey(context.switchToHttp().getRequest<Request>().ip ?? 'unknown');
    const now = Date.now();
    const window = this.windows.get(ip);
    if (!window || now - window.startedAt >= 60_000) {
      if (window) this.windows.delete(ip);
      else if (this.windows.size >= MAX_TRACKED) this.forgetOldest(now);
      this.windows.set(ip, { startedAt: now, count: 1 });
      return true;
    }
    window.count += 1;
    if (window.count > this.config.anonymousRequestsPerMinute)
      throw new TooManyRequestsError(Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000)));
    return true;
  }

  private forgetOldest(now: number): void {
    for (const [ip, window] of this.windows) {
      if (now - window.startedAt >= 60_000 || this.windows.size >= MAX_TRACKED) this.windows.delete(ip);
      else break;
    }
  }
}
