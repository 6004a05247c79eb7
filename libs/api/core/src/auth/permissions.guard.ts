import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@cadre/shared/contracts';
import { ForbiddenError } from '../errors/domain-errors';
import { IS_PUBLIC_KEY, PERMISSION_KEY } from './auth.decorators';
import type { Principal } from './principal';

/**
 * Global: a non-public route must name a permission, and the caller must hold it.
 * A route that forgets to name one is refused rather than left open.
 */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!required) throw new ForbiddenError('This endpoint declares no permission and is closed');
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!principal?.permissions.includes(required)) {
      throw new ForbiddenError(`You need the ${required} permission for this`);
    }
    return true;
  }
}
