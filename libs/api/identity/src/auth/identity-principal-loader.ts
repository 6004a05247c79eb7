import { Injectable } from '@nestjs/common';
import type { PrincipalLoader } from '@cadre/api/core';
import { permissionsFor } from '@cadre/shared/contracts';
import { UsersRepository } from '../users/users.repository';

/** Reads the caller's current roles and employee link for each request (one indexed query). */
@Injectable()
export class IdentityPrincipalLoader implements PrincipalLoader {
  constructor(private readonly users: UsersRepository) {}

  async load(userId: string) {
    const user = await this.users.findSessionView(userId);
    if (!user) return null;
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      permissions: permissionsFor(user.roles),
      employeeId: user.employeeId,
      isActive: user.isActive,
      passwordChangedAt: user.passwordChangedAt,
    };
  }
}
