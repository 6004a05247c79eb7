import type { DataSource } from 'typeorm';
import type { TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

describe('org units', () => {
  let db: DataSource;
  let org: TestOrganisation;
  let tokens: RoleTokens;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
  });
  afterAll(() => db.destroy());

  it.each(['admin', 'hr', 'manager', 'rep'] as const)(
    'lets %s read the tree with managers and headcounts',
    async (role) => {
      const res = await api().get('/api/org-units').set(bearer(tokens[role]));
      expect(res.status).toBe(200);
      const mine = res.body.find((u: { id: string }) => u.id === org.myTeam.id);
      expect(mine).toMatchObject({
        parentId: org.region.id,
        managerId: org.manager.employee.id,
        managerName: org.manager.employee.fullName,
        headcount: 2,
      });
    },
  );

  it('lets an admin create, rename, move, staff and delete units', async () => {
    const created = await api()
      .post('/api/org-units')
      .set(bearer(tokens.admin))
      .send({ name: `Team ${Date.now()}`, kind: 'team', parentId: org.region.id });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const moved = await api()
      .patch(`/api/org-units/${id}`)
      .set(bearer(tokens.admin))
      .send({ parentId: org.otherTeam.id, name: 'Renamed', managerId: org.otherRep.employee.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      parentId: org.otherTeam.id,
      name: 'Renamed',
      managerName: org.otherRep.employee.fullName,
    });
    expect((await api().delete(`/api/org-units/${id}`).set(bearer(tokens.admin))).status).toBe(204);
    expect((await api().get(`/api/org-units/${id}`).set(bearer(tokens.admin))).status).toBe(404);
  });

  it.each(['hr', 'manager', 'rep'] as const)('403s changes to the tree for %s', async (role) => {
    expect(
      (
        await api()
          .post('/api/org-units')
          .set(bearer(tokens[role]))
          .send({ name: 'X', kind: 'team', parentId: org.region.id })
      ).status,
    ).toBe(403);
    expect(
      (
        await api()
          .patch(`/api/org-units/${org.myTeam.id}`)
          .set(bearer(tokens[role]))
          .send({ name: 'Mine now' })
      ).status,
    ).toBe(403);
    expect((await api().delete(`/api/org-units/${org.otherTeam.id}`).set(bearer(tokens[role]))).status).toBe(
      403,
    );
  });

  it("400s a move into the unit's own subtree and an unknown kind", async () => {
    const cycle = await api()
      .patch(`/api/org-units/${org.region.id}`)
      .set(bearer(tokens.admin))
      .send({ parentId: org.myTeam.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0].field).toBe('parentId');
    const kind = await api()
      .post('/api/org-units')
      .set(bearer(tokens.admin))
      .send({ name: 'X', kind: 'tribe', parentId: org.region.id });
    expect(kind.status).toBe(400);
    expect(kind.body.errors[0]).toMatchObject({
      field: 'kind',
      reason: expect.stringContaining('must be one of'),
    });
  });

  it('404s an unknown unit and 409s deleting one that still has people', async () => {
    expect(
      (
        await api()
          .patch('/api/org-units/00000000-0000-4000-8000-000000000000')
          .set(bearer(tokens.admin))
          .send({ name: 'X' })
      ).status,
    ).toBe(404);
    const res = await api().delete(`/api/org-units/${org.myTeam.id}`).set(bearer(tokens.admin));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('org_unit_not_empty');
  });

  it('gives admin and HR the organisation overview, and nobody else', async () => {
    const res = await api().get('/api/org-units/overview').set(bearer(tokens.hr));
    expect(res.status).toBe(200);
    expect(res.body.employees).toBeGreaterThanOrEqual(5);
    expect(res.body.byKind).toEqual(
      expect.arrayContaining([{ kind: 'product_line', units: expect.any(Number) }]),
    );
    expect((await api().get('/api/org-units/overview').set(bearer(tokens.manager))).status).toBe(403);
    expect((await api().get('/api/org-units/overview').set(bearer(tokens.rep))).status).toBe(403);
  });
});
