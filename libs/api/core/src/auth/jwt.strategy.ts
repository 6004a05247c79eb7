import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AccessTokenClaims } from '@cadre/shared/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { requestContext } from '../request-context/request-context';
import { PRINCIPAL_LOADER, type Principal, type PrincipalLoader } from './principal';

export const JWT_ISSUER = 'cadre';
export const JWT_AUDIENCE = 'cadre-api';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private loader?: PrincipalLoader;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries to read it as
      // a PEM public key on every verification, and that failed attempt cost a fifth of
      // the CPU of an authenticated read (see docs/benchmarks.md).
      // (passport-jwt hands it to jsonwebtoken as it is; its types predate KeyObject.)
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
  }

  async validate(claims: Partial<AccessTokenClaims> & { exp?: unknown }): Promise<Principal> {
    // Only tokens this server issues: they always expire and always name their session.
    if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') {
      throw new UnauthorizedException('This access token is not one Cadre issues; sign in again');
    }
    // The identity context provides the loader; core does not depend on it.
    this.loader ??= this.moduleRef.get<PrincipalLoader>(PRINCIPAL_LOADER, { strict: false });
    // A token whose session was signed out, revoked or ended by a password change dies with it.
    const principal = await this.loader.load(claims.sub, claims.sid);
    if (!principal) throw new UnauthorizedException('Your session has ended; sign in again');
    const context = requestContext.current();
    if (context) context.principal = principal;
    return principal;
  }
}
