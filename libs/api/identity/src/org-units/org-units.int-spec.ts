import { CORE_ENTITIES, requestContext } from '@cadre/api/core';
import {
  createEmployee,
  createOrgUnit,
  createTestApp,
  type OrgUnitRow,
  type TestApp,
} from '@cadre/api/testing';
import { IDENTITY_ENTITIES } from '../entities';
import { IdentityModule } from '../identity.module';
import { OrgUnitsService } from './org-units.service';

describe('org tree changes', () => {
  let t: TestApp;
  let units: OrgUnitsService;
  let company: OrgUnitRow;
  let east: OrgUnitRow;
  let eastTeam: OrgUnitRow;
  let west: OrgUnitRow;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES],
    });
    units = t.app.get(OrgUnitsService);
    company = await createOrgUnit(t.db, { kind: 'company', name: 'Co' });
    east = await createOrgUnit(t.db, { kind: 'region', name: 'East', parentId: company.id });
    west = await createOrgUnit(t.db, { kind: 'region', name: 'West', parentId: company.id });
    eastTeam = await createOrgUnit(t.db, { name: 'East Team', parentId: east.id });
  });

  afterAll(() => t.close());

  it('moves a unit under another parent and records before and after in the audit log, with the actor', async () => {
    await requestContext.run(
      {
        requestId: 'r1',
        ip: '10.1.1.1',
        userAgent: null,
        principal: {
          userId: '11111111-1111-4111-8111-111111111111',
          email: 'admin@example.test',
          displayName: 'A',
          roles: ['admin'],
          permissions: [],
          employeeId: null,
        },
      },
      () => units.update(eastTeam.id, { parentId: west.id }),
    );
    expect((await units.get(eastTeam.id)).parentId).toBe(west.id);
    const [entry] = await t.db.query(
      `select action, before, after, actor_email, ip from audit_log where entity_id = $1`,
      [eastTeam.id],
    );
    expect(entry).toEqual({
      action: 'org_unit.move',
      before: { name: 'East Team', kind: 'team', parentId: east.id, managerId: null },
      after: { name: 'East Team', kind: 'team', parentId: west.id, managerId: null },
      actor_email: 'admin@example.test',
      ip: '10.1.1.1',
    });
  });

  it('refuses to move a unit into itself or below itself, naming the field', async () => {
    await expect(units.update(west.id, { parentId: west.id })).rejects.toMatchObject({
      status: 400,
      errors: [{ field: 'parentId', reason: expect.stringContaining('own sub-units') }],
    });
    await expect(units.update(west.id, { parentId: eastTeam.id })).rejects.toMatchObject({ status: 400 });
  });

  it('refuses to move the root', async () => {
    await expect(units.update(company.id, { parentId: east.id })).rejects.toMatchObject({ status: 400 });
  });

  it('keeps sibling names unique, ignoring case', async () => {
    await expect(units.create({ name: 'east', kind: 'region', parentId: company.id })).rejects.toMatchObject({
      status: 409,
      code: 'name_taken',
    });
    await expect(units.create({ name: 'East', kind: 'team', parentId: west.id })).resolves.toMatchObject({
      name: 'East',
    });
  });

  it('deletes only empty units', async () => {
    const staffed = await createOrgUnit(t.db, { parentId: west.id });
    await createEmployee(t.db, { orgUnitId: staffed.id });
    await expect(units.remove(staffed.id)).rejects.toMatchObject({ status: 409, code: 'org_unit_not_empty' });
    const empty = await createOrgUnit(t.db, { parentId: west.id });
    await units.remove(empty.id);
    await expect(units.get(empty.id)).rejects.toMatchObject({ status: 404 });
  });

  it('assigns a manager only from people who have not left', async () => {
    const gone = await createEmployee(t.db, { orgUnitId: east.id, status: 'left' });
    await expect(units.update(east.id, { managerId: gone.id })).rejects.toMatchObject({
      status: 400,
      errors: [{ field: 'managerId', reason: 'this person has left the company' }],
    });
    const lead = await createEmployee(t.db, { orgUnitId: east.id });
    expect(await units.update(east.id, { managerId: lead.id })).toMatchObject({
      managerId: lead.id,
      managerName: lead.fullName,
    });
  });
});

describe('the audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES],
    });
    await t.db.query(
      `insert into audit_log (action, entity_type, entity_id) values ('test.entry', 'test', '1')`,
    );
  });

  afterAll(() => t.close());

  it('cannot be updated, deleted or truncated, even by the application', async () => {
    await expect(t.db.query(`update audit_log set action = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`truncate audit_log`)).rejects.toThrow(/append-only/);
    expect(await t.db.query(`select action from audit_log`)).toEqual([{ action: 'test.entry' }]);
  });
});
