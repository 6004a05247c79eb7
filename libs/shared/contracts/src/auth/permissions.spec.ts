import { hasPermission, PERMISSIONS, permissionsFor, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('role -> permission map', () => {
  it('gives admin every permission', () => {
    expect(permissionsFor(['admin'])).toEqual([...PERMISSIONS]);
  });

  it('keeps user and org administration and the audit log with admin only', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(hasPermission([role], 'users:manage')).toBe(false);
      expect(hasPermission([role], 'org:manage')).toBe(false);
      expect(hasPermission([role], 'audit:read')).toBe(false);
    }
  });

  it('unions the permissions of several roles without duplicates', () => {
    const both = permissionsFor(['manager', 'hr']);
    expect(new Set(both).size).toBe(both.length);
    expect(both).toEqual(expect.arrayContaining([...ROLE_PERMISSIONS.hr, ...ROLE_PERMISSIONS.manager]));
  });

  it('grants nothing without roles', () => {
    expect(permissionsFor([])).toEqual([]);
    expect(hasPermission([], 'self-service')).toBe(false);
  });
});
