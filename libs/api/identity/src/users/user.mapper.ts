import { permissionsFor, type SessionUser, type UserDto } from '@cadre/shared/contracts';
import type { UserView } from './users.repository';

export function toUserDto(user: UserView): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    isActive: user.isActive,
    locale: user.locale,
    employeeId: user.employeeId,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toSessionUser(user: UserView): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    permissions: permissionsFor(user.roles),
    employeeId: user.employeeId,
    locale: user.locale,
  };
}

/** What the audit log keeps of a user: never the password hash. */
export function auditedUser(
  user: Pick<UserView, 'email' | 'displayName' | 'roles' | 'isActive'> & { employeeId?: string | null },
) {
  return {
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    isActive: user.isActive,
    ...(user.employeeId !== undefined ? { employeeId: user.employeeId } : {}),
  };
}
