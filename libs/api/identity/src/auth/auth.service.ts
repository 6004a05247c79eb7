import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AuditService,
  InvalidInputError,
  TransactionRunner,
  UnauthenticatedError,
  type AuditRecord,
} from '@cadre/api/core';
import type { TokenResponse } from '@cadre/shared/contracts';
import { UsersRepository } from '../users/users.repository';
import { toSessionUser } from '../users/user.mapper';
import { LoginThrottle, type AdmittedAttempt } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { hashRefreshToken, TokenIssuer, type IssuedTokens } from './token-issuer';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export type SessionTokens = TokenResponse & { refreshExpiresAt: Date };

/**
 * Sign-in, session rotation, sign-out and password change. Every sign-in, failure,
 * lockout, sign-out and revoked session is written to the audit log; password checks
 * (sign-in and password change alike) count against the same throttle.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokenIssuer,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async login(emailInput: string, password: string, client: ClientInfo): Promise<SessionTokens> {
    const email = emailInput.trim().toLowerCase();
    const attempt = await this.throttle.admit(email, client.ip);
    if (attempt.holdMs) await sleep(attempt.holdMs);
    const user = await this.users.findByEmail(email);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      // An unknown email is kept in login_attempts only: anyone could otherwise fill the
      // append-only audit log with made-up addresses. Its lockout is audited.
      await this.auditFailure(
        attempt,
        email,
        client,
        user
          ? {
              action: 'auth.sign_in_failed',
              entityType: 'user',
              entityId: user.id,
              after: { email, reason: 'wrong_password' },
              actor: { userId: null, email: null },
            }
          : null,
      );
      throw new UnauthenticatedError('The email or password is not right');
    }
    if (!user.isActive) {
      await this.record({
        action: 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user.id,
        after: { email, reason: 'deactivated' },
        actor: { userId: null, email: null },
      });
      throw new UnauthenticatedError('This account is deactivated; ask an administrator to reactivate it');
    }
    await this.throttle.succeeded(attempt, email);
    await this.users.touchLastLogin(user.id);
    const issued = await this.transactions.run(async (tx) => {
      const tokens = await this.tokens.issue(tx, user, client);
      await this.audit.record(tx, {
        action: 'auth.sign_in',
        entityType: 'user',
        entityId: user.id,
        after: { sessionId: tokens.sessionId },
        actor: { userId: user.id, email: user.email },
      });
      return tokens;
    });
    return this.session(user.id, issued);
  }

  /**
   * Rotates the refresh token. A token that was already rotated is being replayed (it was
   * stolen, or two tabs raced): the whole family is revoked, its access tokens die with
   * it, and both parties sign in again.
   */
  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<SessionTokens> {
    if (!refreshToken) throw new UnauthenticatedError('No session to refresh; sign in');
    const outcome = await this.transactions.run(async (tx) => {
      const current = await this.refreshTokens.findByHashForUpdate(tx, hashRefreshToken(refreshToken));
      if (!current) return { error: 'Your session has ended; sign in again' } as const;
      if (current.revokedAt) {
        if (current.replacedById) {
          await this.refreshTokens.revokeFamily(tx, current.familyId);
          await this.audit.record(tx, {
            action: 'auth.session_revoked',
            entityType: 'user',
            entityId: current.userId,
            after: { sessionId: current.familyId, reason: 'refresh_token_reused' },
            actor: { userId: null, email: null },
          });
        }
        return { error: 'Your session has ended; sign in again' } as const;
      }
      if (current.expiresAt.getTime() <= Date.now())
        return { error: 'Your session has expired; sign in again' } as const;
      const user = await this.users.findById(current.userId, tx);
      if (!user || !user.isActive) return { error: 'This account is deactivated' } as const;
      const issued = await this.tokens.issue(tx, user, client, current.familyId);
      await this.refreshTokens.markReplaced(tx, current.id, issued.refreshTokenId);
      return { userId: user.id, issued } as const;
    });
    if ('error' in outcome) throw new UnauthenticatedError(outcome.error);
    return this.session(outcome.userId, outcome.issued);
  }

  /** Ends the session: its refresh token and every access token issued in it. */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.transactions.run(async (tx) => {
      const token = await this.refreshTokens.findByHashForUpdate(tx, hashRefreshToken(refreshToken));
      if (!token) return;
      await this.refreshTokens.revokeFamily(tx, token.familyId);
      await this.audit.record(tx, {
        action: 'auth.sign_out',
        entityType: 'user',
        entityId: token.userId,
        after: { sessionId: token.familyId },
        actor: { userId: token.userId, email: null },
      });
    });
  }

  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<SessionTokens> {
    const user = await this.users.findById(userId);
    if (!user) throw new UnauthenticatedError('The account no longer exists');
    // A stolen access token must not become a way to guess the password without limit.
    const attempt = await this.throttle.admit(user.email, client.ip);
    if (attempt.holdMs) await sleep(attempt.holdMs);
    // 400, not 401: the session is fine, one field is wrong.
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.auditFailure(attempt, user.email, client, {
        action: 'auth.password_change_failed',
        entityType: 'user',
        entityId: user.id,
        after: { reason: 'wrong_current_password' },
      });
      throw InvalidInputError.field('currentPassword', 'is not your current password', 'password_wrong');
    }
    await this.throttle.succeeded(attempt, user.email);
    if (currentPassword === newPassword) {
      throw InvalidInputError.field('newPassword', 'must differ from the current password', 'password_same');
    }
    this.policy.assertAcceptable('newPassword', newPassword, { email: user.email, name: user.displayName });
    const passwordHash = await this.hasher.hash(newPassword);
    // Every session ends, this one's access tokens too; it continues with fresh tokens.
    const issued = await this.transactions.run(async (tx) => {
      await this.users.setPassword(tx, user.id, passwordHash);
      await this.refreshTokens.revokeAllForUser(tx, user.id);
      await this.audit.record(tx, { action: 'user.password_change', entityType: 'user', entityId: user.id });
      return this.tokens.issue(tx, user, client);
    });
    return this.session(user.id, issued);
  }

  /** Audits a wrong password (when there is an account to name) and the lockout it causes. */
  private async auditFailure(
    attempt: AdmittedAttempt,
    email: string,
    client: ClientInfo,
    entry: AuditRecord | null,
  ): Promise<void> {
    if (!entry && !attempt.failureLocks) return;
    await this.transactions.run(async (tx) => {
      if (entry) await this.audit.record(tx, entry);
      if (attempt.failureLocks)
        await this.audit.record(tx, {
          action: 'auth.lockout',
          entityType: 'user',
          entityId: entry?.entityId ?? email,
          after: { email, ip: client.ip },
          actor: entry?.actor ?? { userId: null, email: null },
        });
    });
  }

  private record(entry: AuditRecord): Promise<void> {
    return this.transactions.run((tx) => this.audit.record(tx, entry));
  }

  private async session(userId: string, issued: IssuedTokens): Promise<SessionTokens> {
    const view = await this.users.findSessionView(userId);
    if (!view) throw new UnauthenticatedError('The account no longer exists');
    return {
      accessToken: issued.accessToken,
      expiresIn: issued.expiresIn,
      refreshToken: issued.refreshToken,
      refreshExpiresAt: issued.refreshExpiresAt,
      user: toSessionUser(view),
    };
  }
}
