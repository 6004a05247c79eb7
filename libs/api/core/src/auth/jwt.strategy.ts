import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PassportStrategy } from '@nestjs/passport';
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
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
  }

  async validate(claims: AccessTokenClaims & { iat: number }): Promise<Principal> {
    // The identity context provides the loader; core does not depend on it.
    this.loader ??= this.moduleRef.get<PrincipalLoader>(PRINCIPAL_LOADER, { strict: false });
    const found = await this.loader.load(claims.sub);
    // A token issued before the last password change dies with it.
    if (!found || !found.isActive || claims.iat * 1000 < found.passwordChangedAt.getTime() - 1000) {
      throw new UnauthorizedException('Your session has ended; sign in again');
    }
    const { isActive: _active, passwordChangedAt: _changed, ...principal } = found;
    const context = requestContext.current();
    if (context) context.principal = principal;
    return principal;
  }
}
