import type { Permission } from '@cadre/shared/contracts';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: string;
  /** Shown only to users holding this permission (the route requires the same). */
  permission: Permission;
}

/** The menu: each role sees only what it can use. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', permission: 'self-service' },
  { path: '/learning', labelKey: 'nav.learning', icon: 'school', permission: 'learning:learn' },
  {
    path: '/mentoring',
    labelKey: 'nav.mentoring',
    icon: 'diversity_3',
    permission: 'mentorship:take-part',
  },
  { path: '/career', labelKey: 'nav.career', icon: 'trending_up', permission: 'careers:take-part' },
  { path: '/performance', labelKey: 'nav.performance', icon: 'insights', permission: 'performance:read' },
  { path: '/pay', labelKey: 'nav.pay', icon: 'payments', permission: 'compensation:read-own' },
  { path: '/people', labelKey: 'nav.people', icon: 'groups', permission: 'people:browse' },
  { path: '/organisation', labelKey: 'nav.organisation', icon: 'account_tree', permission: 'org:overview' },
  { path: '/recruitment', labelKey: 'nav.recruitment', icon: 'work', permission: 'recruitment:participate' },
  { path: '/talent', labelKey: 'nav.talent', icon: 'psychology', permission: 'talent:read' },
  {
    path: '/compensation/simulator',
    labelKey: 'nav.simulator',
    icon: 'calculate',
    permission: 'compensation:simulate',
  },
  { path: '/admin/users', labelKey: 'nav.users', icon: 'manage_accounts', permission: 'users:manage' },
  { path: '/admin/audit', labelKey: 'nav.audit', icon: 'history', permission: 'audit:read' },
  { path: '/profile', labelKey: 'nav.profile', icon: 'person', permission: 'self-service' },
];

export function visibleNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission));
}
