/** The four kinds of user in product.md. A user may hold several roles. */
export const ROLES = ['admin', 'hr', 'manager', 'rep'] as const;
export type Role = (typeof ROLES)[number];
