import { CORE_ENTITIES, type Principal } from '@cadre/api/core';
import { createEmployee, createOrgUnit, createTestApp, createUser, type TestApp } from '@cadre/api/testing';
import { permissionsFor } from '@cadre/shared/contracts';
import { IDENTITY_ENTITIES } from './entities';
import { IdentityModule } from './identity.module';
import { MeRepository } from './me/me.repository';
import { OrgUnitsService } from './org-units/org-units.service';
import { UsersService } from './users/users.service';

/** Invariants that two requests at once must not break: a tree without loops, one admin at least. */
describe('identity invariants under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES],
    });
  });
  afterAll(() => t.close());

  it('lets only one of two opposite moves (U1 under U2, U2 under U1) succeed, every time', async () => {
    const units = t.app.get(OrgUnitsService);
    const root = await createOrgUnit(t.db, { kind: 'company' });
    for (let round = 0; round < 15; round++) {
      const u1 = await createOrgUnit(t.db, { parentId: root.id });
      const u2 = await createOrgUnit(t.db, { parentId: root.id });
      const outcomes = await Promise.allSettled([
        units.update(u1.id, { parentId: u2.id }),
        units.update(u2.id, { parentId: u1.id }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ status: 400, errors: [{ field: 'parentId' }] });
      const [{ loops }] = (await t.db.query(
        `select count(*)::int as loops from org_units a join org_units b on a.parent_id = b.id and b.parent_id = a.id`,
      )) as { loops: number }[];
      expect(loops).toBe(0);
    }
  });

  it('reads the profile of someone in a corrupted tree (a loop written behind the service) without running forever', async () => {
    const a = await createOrgUnit(t.db);
    const b = await createOrgUnit(t.db, { parentId: a.id });
    await t.db.query('update org_units set parent_id = $1 where id = $2', [b.id, a.id]);
    const person = await createEmployee(t.db, { orgUnitId: b.id });
    const user = await createUser(t.db, { employeeId: person.id });
    const profile = await t.app.get(MeRepository).profile(user.id);
    expect(profile?.orgUnitPath.map((u) => u.id)).toEqual([a.id, b.id]);
    await t.db.query('update org_units set parent_id = null where id = $1', [a.id]);
  });

  it('keeps one active admin when the last two demote each other at once', async () => {
    const users = t.app.get(UsersService);
    // Only these two hold the admin role in this database.
    await t.db.query(`update users set roles = array_remove(roles, 'admin')`);
    for (let round = 0; round < 10; round++) {
      const [a, b] = await Promise.all([
        createUser(t.db, { roles: ['admin'] }),
        createUser(t.db, { roles: ['admin'] }),
      ]);
      const actor = (u: { id: string; email: string }): Principal => ({
        userId: u.id,
        email: u.email,
        displayName: u.email,
        roles: ['admin'],
        permissions: permissionsFor(['admin']),
        employeeId: null,
      });
      const outcomes = await Promise.allSettled([
        users.update(actor(a), b.id, { roles: ['hr'] }),
        users.update(actor(b), a.id, { roles: ['hr'] }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
        status: 409,
        code: 'last_admin',
      });
      const [{ admins }] = (await t.db.query(
        `select count(*)::int as admins from users where 'admin' = any(roles) and is_active`,
      )) as { admins: number }[];
      expect(admins).toBe(1);
      await t.db.query(`update users set roles = array_remove(roles, 'admin')`);
    }
  });
});
