/** The four kinds of user in product.md. A user may hold several roles. */
export const ROLES = ['admin', 'hr', 'manager', 'rep'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
