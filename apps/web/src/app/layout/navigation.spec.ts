import { permissionsFor, type Role } from '@cadre/shared/contracts';
import { visibleNavItems } from './navigation';

const menuOf = (...roles: Role[]) => visibleNavItems(permissionsFor(roles)).map((i) => i.path);

describe('role-aware navigation', () => {
  it('shows an admin everything', () => {
    expect(menuOf('admin')).toEqual([
      '/',
      '/learning',
      '/mentoring',
      '/career',
      '/performance',
      '/pay',
      '/people',
      '/organisation',
      '/recruitment',
      '/talent',
      '/compensation/simulator',
      '/admin/users',
      '/admin/audit',
      '/profile',
    ]);
  });

  it('shows HR learning, people, organisation, recruitment and talent, not user administration or the audit log', () => {
    expect(menuOf('hr')).toEqual([
      '/',
      '/learning',
      '/mentoring',
      '/career',
      '/performance',
      '/pay',
      '/people',
      '/organisation',
      '/recruitment',
      '/talent',
      '/profile',
    ]);
  });

  it('shows a manager their people, requisitions, the competency model and the plan simulator, not the admin screens', () => {
    expect(menuOf('manager')).toEqual([
      '/',
      '/learning',
      '/mentoring',
      '/career',
      '/performance',
      '/pay',
      '/people',
      '/recruitment',
      '/talent',
      '/compensation/simulator',
      '/profile',
    ]);
  });

  it('shows finance pay and the plan simulator, nobody’s people or numbers', () => {
    expect(menuOf('finance')).toEqual(['/', '/pay', '/compensation/simulator', '/profile']);
  });

  it('shows a rep home, their learning, mentoring, their numbers and profile', () => {
    expect(menuOf('rep')).toEqual([
      '/',
      '/learning',
      '/mentoring',
      '/career',
      '/performance',
      '/pay',
      '/profile',
    ]);
  });
});
