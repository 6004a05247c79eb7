import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig, type Tx } from '@cadre/api/core';
import type { AccessTokenClaims } from '@cadre/shared/contracts';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshTokenId: string;
  refreshExpiresAt: Date;
  /** The session (refresh-token family) the tokens belong to. */
  sessionId: string;
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Signs short-lived access tokens and stores rotating refresh tokens (by hash only). */
@Injectable()
export class TokenIssuer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  async issue(
    tx: Tx | null,
    user: { id: string; email: string },
    client: { ip: string | null; userAgent: string | null },
    familyId: string = randomUUID(),
  ): Promise<IssuedTokens> {
    const claims: AccessTokenClaims = { sub: user.id, email: user.email, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims);
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    const refreshTokenId = await this.refreshTokens.insert(tx, {
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: refreshExpiresAt,
      createdIp: client.ip,
      userAgent: client.userAgent?.slice(0, 400) ?? null,
    });
    return {
      accessToken,
      expiresIn: this.config.accessTokenTtlSeconds,
      refreshToken,
      refreshTokenId,
      refreshExpiresAt,
      sessionId: familyId,
    };
  }
}
