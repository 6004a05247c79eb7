import type { EntityManager } from 'typeorm';

/**
 * Transaction-scoped PostgreSQL advisory locks for invariants that span rows: whoever
 * holds one checks and writes while the others wait, and it is released at commit or
 * rollback. Every replica uses the same numbers (7,246,0xx; 001 and 002 are taken by
 * migrations and the demo seed).
 */
export const ADVISORY_LOCKS = {
  /** The shape of the org tree: moves must not race into a cycle. */
  orgTree: 7_246_010,
  /** The reporting lines between employees (manager_id): same reason. */
  reportingLines: 7_246_011,
  /** Who holds the admin role: the last active admin must survive two demotions at once. */
  adminRole: 7_246_012,
} as const;

export async function lockForTransaction(
  tx: EntityManager,
  lock: (typeof ADVISORY_LOCKS)[keyof typeof ADVISORY_LOCKS],
): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [lock]);
}
