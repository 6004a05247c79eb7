import type { DataSource } from 'typeorm';
import type { TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

describe('employees', () => {
  let db: DataSource;
  let org: TestOrganisation;
  let tokens: RoleTokens;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
  });
  afterAll(() => db.destroy());

  const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id).sort();

  it('shows a manager their own team only', async () => {
    const res = await api().get('/api/employees').set(bearer(tokens.manager));
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([org.manager.employee.id, org.rep.employee.id].sort());
  });

  it("403s a manager reading or changing another team's employee", async () => {
    const read = await api().get(`/api/employees/${org.otherRep.employee.id}`).set(bearer(tokens.manager));
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('forbidden');
    expect(
      (
        await api()
          .patch(`/api/employees/${org.otherRep.employee.id}`)
          .set(bearer(tokens.manager))
          .send({ jobTitle: 'X' })
      ).status,
    ).toBe(403);
  });

  it('shows a rep only themselves', async () => {
    const res = await api().get('/api/employees').set(bearer(tokens.rep));
    expect(ids(res.body)).toEqual([org.rep.employee.id]);
    expect(
      (await api().get(`/api/employees/${org.manager.employee.id}`).set(bearer(tokens.rep))).status,
    ).toBe(403);
    expect((await api().get(`/api/employees/${org.rep.employee.id}`).set(bearer(tokens.rep))).status).toBe(
      200,
    );
  });

  it('lets HR see everyone, search and filter', async () => {
    const all = await api().get('/api/employees').query({ limit: 200 }).set(bearer(tokens.hr));
    expect(all.body.total).toBeGreaterThanOrEqual(5);
    const found = await api()
      .get('/api/employees')
      .query({ search: org.otherRep.employee.fullName })
      .set(bearer(tokens.hr));
    expect(ids(found.body)).toEqual([org.otherRep.employee.id]);
    const byUnit = await api()
      .get('/api/employees')
      .query({ orgUnitId: org.myTeam.id })
      .set(bearer(tokens.hr));
    expect(ids(byUnit.body)).toEqual([org.manager.employee.id, org.rep.employee.id].sort());
  });

  it('lets HR add and edit an employee, audited', async () => {
    const created = await api()
      .post('/api/employees')
      .set(bearer(tokens.hr))
      .send({
        fullName: 'Zhang San',
        email: `zhang.san.${Date.now()}@example.test`,
        jobTitle: 'Account Executive',
        hireDate: '2026-11-02',
        orgUnitId: org.myTeam.id,
        managerId: org.manager.employee.id,
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      fullName: 'Zhang San',
      orgUnitName: org.myTeam.name,
      managerName: org.manager.employee.fullName,
      status: 'active',
      userId: null,
    });
    const edited = await api()
      .patch(`/api/employees/${created.body.id}`)
      .set(bearer(tokens.hr))
      .send({ status: 'on_leave' });
    expect(edited.body.status).toBe('on_leave');
    // The new hire is in the manager's team now.
    expect(ids((await api().get('/api/employees').set(bearer(tokens.manager))).body)).toContain(
      created.body.id,
    );
    const audit = await api()
      .get('/api/audit')
      .query({ entityId: created.body.id })
      .set(bearer(tokens.admin));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'employee.update',
      'employee.create',
    ]);
    expect(audit.body.items[0].before.status).toBe('active');
    expect(audit.body.items[0].after.status).toBe('on_leave');
  });

  it.each(['manager', 'rep'] as const)('403s creating employees for %s', async (role) => {
    const res = await api().post('/api/employees').set(bearer(tokens[role])).send({
      fullName: 'X',
      email: 'x@example.test',
      jobTitle: 'X',
      hireDate: '2026-01-01',
      orgUnitId: org.myTeam.id,
    });
    expect(res.status).toBe(403);
  });

  it('400s impossible dates, unknown units and self-management, naming the fields', async () => {
    const res = await api().post('/api/employees').set(bearer(tokens.hr)).send({
      fullName: 'X',
      email: 'x@example.test',
      jobTitle: 'X',
      hireDate: '2026-02-30',
      orgUnitId: org.myTeam.id,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'hireDate', reason: 'must be a date written yyyy-mm-dd', code: 'date' },
    ]);
    const unit = await api().post('/api/employees').set(bearer(tokens.hr)).send({
      fullName: 'X',
      email: 'x@example.test',
      jobTitle: 'X',
      hireDate: '2026-02-03',
      orgUnitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unit.status).toBe(400);
    expect(unit.body.errors).toEqual([
      { field: 'orgUnitId', reason: 'no org unit has this id', code: 'no_such_record' },
    ]);
    const self = await api()
      .patch(`/api/employees/${org.rep.employee.id}`)
      .set(bearer(tokens.hr))
      .send({ managerId: org.rep.employee.id });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].field).toBe('managerId');
  });

  it('400s a management loop', async () => {
    const res = await api()
      .patch(`/api/employees/${org.manager.employee.id}`)
      .set(bearer(tokens.hr))
      .send({ managerId: org.rep.employee.id });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({
      field: 'managerId',
      reason: 'this employee already sits above the proposed manager',
      code: 'cycle',
    });
  });

  it('409s a duplicate email and 404s an unknown employee', async () => {
    const dup = await api().post('/api/employees').set(bearer(tokens.hr)).send({
      fullName: 'X',
      email: org.rep.employee.email,
      jobTitle: 'X',
      hireDate: '2026-02-03',
      orgUnitId: org.myTeam.id,
    });
    expect(dup.status).toBe(409);
    expect(
      (await api().get('/api/employees/00000000-0000-4000-8000-000000000000').set(bearer(tokens.hr))).status,
    ).toBe(404);
  });
});
