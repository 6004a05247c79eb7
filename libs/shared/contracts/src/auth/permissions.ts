import { Role } from './roles';

/**
 * Permissions are data: every endpoint names one, and this map says which roles hold it.
 * A permission says what kind of action a role may attempt; which records it may touch
 * (a manager's subtree, a rep's own record) is decided by the services.
 */
export const PERMISSIONS = [
  // Every signed-in user: own profile, password and preferences.
  'self-service',
  'users:read',
  'users:manage',
  'org:read',
  'org:manage',
  'org:overview',
  'employees:read',
  'employees:manage',
  // The people directory: others in the part of the organisation one may see (not reps,
  // whose employees:read covers only themselves).
  'people:browse',
  // Every employee, wherever they sit (HR, admin); others see a subtree or themselves.
  'employees:read-all',
  'audit:read',
  // Run a plan document against credits without storing anything.
  'compensation:simulate',
  // Competency library and role profiles.
  'talent:read',
  'talent:manage',
  // Requisitions, candidates, pipeline and hiring (HR); scorecards and own requisitions (managers).
  'recruitment:manage',
  'recruitment:participate',
  // Learning: everyone learns; managers assign in their subtree, HR anywhere; HR authors.
  'learning:learn',
  'learning:assign',
  'learning:manage',
  // Mentoring: everyone takes part (opts in, meets, logs check-ins); managers pair people in
  // their subtree, HR anywhere; HR keeps the mentor pool.
  'mentorship:take-part',
  'mentorship:assign',
  'mentorship:manage',
  // Performance: everyone reads their numbers (managers their subtree's, HR everyone's);
  // managers set targets in their subtree, HR anywhere; HR keeps metrics, periods and imports.
  'performance:read',
  'performance:set-targets',
  'performance:manage',
  // Commission operations: everyone reads their own locked statements and acknowledges their
  // plan; managers approve their team's statements first; finance keeps plans, assignments
  // and runs and gives the second approval, which locks; HR sees who has not acknowledged.
  'compensation:read-own',
  'compensation:approve-team',
  'compensation:manage',
  'compensation:acknowledgements',
  // Careers: everyone reads their own path, readiness and plan and rates themselves; managers
  // assess and nominate in their subtree and approve as the next-level manager; HR keeps the
  // tracks, runs assessment cycles and calibration, and reviews every nomination.
  'careers:take-part',
  'careers:manage-team',
  'careers:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  hr: [
    'self-service',
    'org:read',
    'org:overview',
    'employees:read',
    'employees:manage',
    'people:browse',
    'employees:read-all',
    'users:read',
    'talent:read',
    'talent:manage',
    'recruitment:manage',
    'recruitment:participate',
    'learning:learn',
    'learning:assign',
    'learning:manage',
    'mentorship:take-part',
    'mentorship:assign',
    'mentorship:manage',
    'performance:read',
    'performance:set-targets',
    'performance:manage',
    'compensation:read-own',
    'compensation:acknowledgements',
    'careers:take-part',
    'careers:manage',
  ],
  manager: [
    'self-service',
    'org:read',
    'employees:read',
    'people:browse',
    'compensation:simulate',
    'talent:read',
    'recruitment:participate',
    'learning:learn',
    'learning:assign',
    'mentorship:take-part',
    'mentorship:assign',
    'performance:read',
    'performance:set-targets',
    'compensation:read-own',
    'compensation:approve-team',
    'careers:take-part',
    'careers:manage-team',
  ],
  rep: [
    'self-service',
    'org:read',
    'employees:read',
    'learning:learn',
    'mentorship:take-part',
    'performance:read',
    'compensation:read-own',
    'careers:take-part',
  ],
  finance: [
    'self-service',
    'org:read',
    // Their own employee record, as every employee reads it (the home page's profile card).
    'employees:read',
    'compensation:simulate',
    'compensation:read-own',
    'compensation:manage',
    'compensation:acknowledgements',
  ],
};

export function permissionsFor(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) {
    for (const permission of ROLE_PERMISSIONS[role] ?? []) granted.add(permission);
  }
  return PERMISSIONS.filter((p) => granted.has(p));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}
