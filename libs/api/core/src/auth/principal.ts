import type { Permission, Role } from '@cadre/shared/contracts';

/** The authenticated caller, as every service sees it. */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  employeeId: string | null;
}

/** Loads the current state of a user for each request, so deactivation and role changes apply at once. */
export interface PrincipalLoader {
  load(userId: string): Promise<(Principal & { isActive: boolean; passwordChangedAt: Date }) | null>;
}

export const PRINCIPAL_LOADER = Symbol('PRINCIPAL_LOADER');
