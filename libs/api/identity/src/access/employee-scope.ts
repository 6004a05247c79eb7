/**
 * Which employee records a caller may see and act on:
 * admin and HR all of them, a manager those in the subtree of the units they manage
 * (and themselves), anyone else only themselves.
 */
export type EmployeeScope =
  | { kind: 'all' }
  | { kind: 'subtree'; selfId: string | null; unitIds: string[] }
  | { kind: 'self'; selfId: string | null };
