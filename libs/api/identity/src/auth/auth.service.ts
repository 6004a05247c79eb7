import { Injectable } from '@nestjs/common';
import { AuditService, InvalidInputError, TransactionRunner, UnauthenticatedError } from '@cadre/api/core';
import type { TokenResponse } from '@cadre/shared/contracts';
import { UsersRepository } from '../users/users.repository';
import { toSessionUser } from '../users/user.mapper';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { hashRefreshToken, TokenIssuer, type IssuedTokens } from './token-issuer';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export type SessionTokens = TokenResponse & { refreshExpiresAt: Date };

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokenIssuer,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async login(emailInput: string, password: string, client: ClientInfo): Promise<SessionTokens> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.assertAllowed(email, client.ip);
    const user = await this.users.findByEmail(email);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, client.ip);
      throw new UnauthenticatedError('The email or password is not right');
    }
    if (!user.isActive) {
      throw new UnauthenticatedError('This account is deactivated; ask an administrator to reactivate it');
    }
    await this.throttle.recordSuccess(email, client.ip);
    await this.users.touchLastLogin(user.id);
    const issued = await this.tokens.issue(null, user, client);
    return this.session(user.id, issued);
  }

  /**
   * Rotates the refresh token. A token that was already rotated is being replayed (it was
   * stolen, or two tabs raced): the whole family is revoked and both parties sign in again.
   */
  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<SessionTokens> {
    if (!refreshToken) throw new UnauthenticatedError('No session to refresh; sign in');
    const outcome = await this.transactions.run(async (tx) => {
      const current = await this.refreshTokens.findByHashForUpdate(tx, hashRefreshToken(refreshToken));
      if (!current) return { error: 'Your session has ended; sign in again' } as const;
      if (current.revokedAt) {
        if (current.replacedById) await this.refreshTokens.revokeFamily(tx, current.familyId);
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

  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const token = await this.refreshTokens.findByHash(hashRefreshToken(refreshToken));
    if (token) await this.refreshTokens.revokeFamily(null, token.familyId);
  }

  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<SessionTokens> {
    const user = await this.users.findById(userId);
    // 400, not 401: the session is fine, one field is wrong.
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw InvalidInputError.field('currentPassword', 'is not your current password');
    }
    if (currentPassword === newPassword) {
      throw InvalidInputError.field('newPassword', 'must differ from the current password');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    // Every other session ends; this one continues with fresh tokens.
    const issued = await this.transactions.run(async (tx) => {
      await this.users.setPassword(tx, user.id, passwordHash);
      await this.refreshTokens.revokeAllForUser(tx, user.id);
      await this.audit.record(tx, { action: 'user.password_change', entityType: 'user', entityId: user.id });
      return this.tokens.issue(tx, user, client);
    });
    return this.session(user.id, issued);
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
