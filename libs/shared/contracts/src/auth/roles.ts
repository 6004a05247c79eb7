/**
 * The kinds of user in product.md, and finance, who pays commissions out. A user may hold
 * several roles.
 */
export const ROLES = ['admin', 'hr', 'manager', 'rep', 'finance'] as const;
export type Role = (typeof ROLES)[number];
