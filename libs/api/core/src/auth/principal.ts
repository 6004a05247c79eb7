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

/**
 * Loads the current state of a user and their session for each request, so
 * deactivation, role changes, sign-out and revoked sessions apply at once. Null when the
 * user does not exist, is deactivated, or the session has ended.
 */
export interface PrincipalLoader {
  load(userId: string, sessionId: string): Promise<Principal | null>;
}

export const PRINCIPAL_LOADER = Symbol('PRINCIPAL_LOADER');
