import { permissionsFor, type Role } from '@cadre/shared/contracts';
import { visibleNavItems } from './navigation';

const menuOf = (...roles: Role[]) => visibleNavItems(permissionsFor(roles), roles).map((i) => i.path);

describe('role-aware navigation', () => {
  it('shows an admin everything', () => {
    expect(menuOf('admin')).toEqual([
      '/',
      '/people',
      '/organisation',
      '/admin/users',
      '/admin/audit',
      '/profile',
    ]);
  });

  it('shows HR the people directory and the organisation, not user administration or the audit log', () => {
    expect(menuOf('hr')).toEqual(['/', '/people', '/organisation', '/profile']);
  });

  it('shows a manager their people but not the organisation admin screens', () => {
    expect(menuOf('manager')).toEqual(['/', '/people', '/profile']);
  });

  it('shows a rep only home and profile', () => {
    expect(menuOf('rep')).toEqual(['/', '/profile']);
  });
});
