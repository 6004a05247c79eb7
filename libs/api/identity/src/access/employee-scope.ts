/**
 * Which employee records a caller may see and act on:
 * admin and HR all of them, a manager themselves and everyone in the subtrees of the
 * units they manage, anyone else only themselves. The subtree is resolved inside each
 * query (a recursive CTE), so a scope costs no round trip of its own.
 */
export type EmployeeScope =
  { kind: 'all' } | { kind: 'subtree'; selfId: string } | { kind: 'self'; selfId: string | null };

/** The scope as the two parameters the scoped queries take: kind, and the caller's employee id. */
export function scopeParameters(scope: EmployeeScope): [string, string | null] {
  return [scope.kind, scope.kind === 'all' ? null : scope.selfId];
}

/**
 * SQL pieces for a query whose parameters $1 (kind) and $2 (the caller's employee id)
 * come from scopeParameters: a CTE of the units in scope, and the condition on `e`.
 */
export const SCOPE_UNITS_CTE = `scope_units as (
  select id from org_units where $1 = 'subtree' and manager_id = $2
  union
  select c.id from org_units c join scope_units s on c.parent_id = s.id)`;
export const IN_SCOPE = `($1 = 'all' or e.id = $2 or e.org_unit_id in (select id from scope_units))`;
