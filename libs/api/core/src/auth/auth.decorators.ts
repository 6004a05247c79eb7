import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@cadre/shared/contracts';
import { ApiErrorSchema } from '../errors/api-error.schema';
import type { Principal } from './principal';

export const IS_PUBLIC_KEY = 'cadre:public';
export const PERMISSION_KEY = 'cadre:permission';

/** Opts a route out of authentication. Every other route needs a token and a permission. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** The permission a route needs, and its OpenAPI security and error documentation. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({
      description: 'Missing, expired or revoked access token',
      type: ApiErrorSchema,
    }),
    ApiForbiddenResponse({ description: `Requires the ${permission} permission`, type: ApiErrorSchema }),
  );

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const request = ctx.switchToHttp().getRequest<{ user: Principal }>();
  return request.user;
});
