import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { Permission, Role, SessionUser, TokenResponse } from '@cadre/shared/contracts';
import { I18n } from '@cadre/web/i18n';

/**
 * Who is signed in. The access token lives in memory only; the refresh token is an
 * httpOnly cookie the browser sends to /api/auth, so a reload restores the session
 * without script ever seeing it.
 */
/**
 * Set while this browser holds a session: with no such mark, a visit has no refresh
 * cookie to trade, and asking the server anyway only earns a 401 in the console.
 */
export const SIGNED_IN_MARK = 'cadre.signedIn';

@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  private readonly state = signal<{ user: SessionUser; accessToken: string } | null>(null);
  private refreshing: Promise<boolean> | null = null;

  readonly user = computed(() => this.state()?.user ?? null);
  readonly isSignedIn = computed(() => this.state() !== null);
  readonly accessToken = computed(() => this.state()?.accessToken ?? null);

  hasPermission(permission: Permission): boolean {
    return this.user()?.permissions.includes(permission) ?? false;
  }

  hasRole(role: Role): boolean {
    return this.user()?.roles.includes(role) ?? false;
  }

  async login(email: string, password: string): Promise<void> {
    const tokens = await firstValueFrom(
      this.http.post<TokenResponse>('/api/auth/login', { email, password }),
    );
    this.accept(tokens, true);
  }

  /** Trades the refresh cookie for a new access token; one call at a time. */
  refresh(): Promise<boolean> {
    if (!this.marked()) return Promise.resolve(false);
    this.refreshing ??= firstValueFrom(this.http.post<TokenResponse>('/api/auth/refresh', {}))
      .then((tokens) => {
        this.accept(tokens, false);
        return true;
      })
      .catch(() => {
        this.clear();
        return false;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Called after a password change, which issues a fresh token pair. */
  accept(tokens: TokenResponse, adoptAccountLocale: boolean): void {
    this.state.set({ user: tokens.user, accessToken: tokens.accessToken });
    this.mark(true);
    if (adoptAccountLocale && tokens.user.locale !== this.i18n.locale()) {
      // The browser's current choice wins on the sign-in page; remember it on the account.
      void firstValueFrom(this.http.patch('/api/me/preferences', { locale: this.i18n.locale() })).catch(
        () => undefined,
      );
    }
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', {}));
    } finally {
      this.clear();
      await this.router.navigate(['/login']);
    }
  }

  /** The server said the session is over (401 that a refresh could not fix). */
  async expire(returnUrl: string): Promise<void> {
    this.clear();
    await this.router.navigate(['/login'], { queryParams: { returnUrl, expired: 1 } });
  }

  private clear(): void {
    this.state.set(null);
    this.mark(false);
  }

  private marked(): boolean {
    try {
      return localStorage.getItem(SIGNED_IN_MARK) === '1';
    } catch {
      return true; // storage blocked: ask the server, as before
    }
  }

  private mark(signedIn: boolean): void {
    try {
      if (signedIn) localStorage.setItem(SIGNED_IN_MARK, '1');
      else localStorage.removeItem(SIGNED_IN_MARK);
    } catch {
      // storage blocked: refresh() then always asks the server
    }
  }
}
