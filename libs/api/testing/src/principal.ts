import type { Principal } from '@cadre/api/core';
import { permissionsFor, type Role } from '@cadre/shared/contracts';

/** The principal a request from this test person would carry, for calling services directly. */
export function principalOf(person: {
  user: { id: string; email: string; roles: Role[] };
  employee: { id: string };
}): Principal {
  return {
    userId: person.user.id,
    email: person.user.email,
    displayName: person.user.email,
    roles: person.user.roles,
    permissions: permissionsFor(person.user.roles),
    employeeId: person.employee.id,
  };
}
