import { CORE_ENTITIES, type Principal } from '@cadre/api/core';
import {
  createEmployee,
  createOrgUnit,
  createTestApp,
  createTestOrganisation,
  principalOf,
  type TestApp,
  type TestOrganisation,
} from '@cadre/api/testing';
import { IDENTITY_ENTITIES } from '../entities';
import { IdentityModule } from '../identity.module';
import { EmployeeAccess } from './employee-access.service';
import { EmployeesService } from '../employees/employees.service';

describe('who may see which employees', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let access: EmployeeAccess;
  let employees: EmployeesService;
  let deepRep: { id: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES],
    });
    org = await createTestOrganisation(t.db);
    // A sub-team below the manager's unit: still the manager's subtree.
    const subTeam = await createOrgUnit(t.db, { parentId: org.myTeam.id });
    deepRep = await createEmployee(t.db, { orgUnitId: subTeam.id });
    access = t.app.get(EmployeeAccess);
    employees = t.app.get(EmployeesService);
  });

  afterAll(() => t.close());

  const visibleIds = async (principal: Principal) =>
    (await employees.search(principal, { limit: 200, offset: 0 })).items.map((e) => e.id).sort();

  it('lets a manager see themselves and everyone in the subtree of the units they manage, and nobody else', async () => {
    const ids = await visibleIds(principalOf(org.manager));
    expect(ids).toEqual([org.manager.employee.id, org.rep.employee.id, deepRep.id].sort());
    await expect(
      access.assertCanSee(principalOf(org.manager), org.otherRep.employee.id),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('lets a rep see only themselves', async () => {
    expect(await visibleIds(principalOf(org.rep))).toEqual([org.rep.employee.id]);
    await expect(access.assertCanSee(principalOf(org.rep), org.manager.employee.id)).rejects.toMatchObject({
      status: 403,
    });
  });

  it('lets HR and admin see everyone', async () => {
    const all = [org.manager, org.rep, org.otherRep, org.hr, org.admin]
      .map((p) => p.employee.id)
      .concat(deepRep.id)
      .sort();
    expect(await visibleIds(principalOf(org.hr))).toEqual(all);
    expect(await visibleIds(principalOf(org.admin))).toEqual(all);
  });

  it('answers 404, not 403, for an employee that does not exist', async () => {
    await expect(
      access.assertCanSee(principalOf(org.manager), '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("follows a move: a unit moved out of the manager's subtree takes its people out of sight", async () => {
    const moved = await createOrgUnit(t.db, { parentId: org.myTeam.id });
    const person = await createEmployee(t.db, { orgUnitId: moved.id });
    expect(await visibleIds(principalOf(org.manager))).toContain(person.id);
    await t.db.query('update org_units set parent_id = $1 where id = $2', [org.otherTeam.id, moved.id]);
    expect(await visibleIds(principalOf(org.manager))).not.toContain(person.id);
  });
});
