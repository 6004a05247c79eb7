import type { DataSource } from 'typeorm';
import {
  api,
  bearer,
  connectDatabase,
  freshAddress,
  organisationWithTokens,
  type RoleTokens,
} from './support/api';
import type { TestOrganisation } from '@cadre/api/testing';

describe('users (admin)', () => {
  let db: DataSource;
  let org: TestOrganisation;
  let tokens: RoleTokens;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
  });
  afterAll(() => db.destroy());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `new-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`,
    displayName: 'New Person',
    roles: ['rep'],
    password: 'a-good-long-password',
    ...overrides,
  });

  it('lets an admin create a user who can then sign in, and records it in the audit log', async () => {
    const [{ id: employeeId }] = await db.query(
      `insert into employees (full_name, email, job_title, hire_date, org_unit_id) values ('Linked Person', $1, 'AE', '2026-01-05', $2) returning id`,
      [`linked-${Date.now()}@example.test`, org.myTeam.id],
    );
    const body = { ...newUser(), employeeId: employeeId as string };
    const created = await api().post('/api/users').set(bearer(tokens.admin)).send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: body.email,
      roles: ['rep'],
      isActive: true,
      employeeId: body.employeeId,
    });
    expect(created.body).not.toHaveProperty('passwordHash');

    const login = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshAddress())
      .send({ email: body.email, password: body.password });
    expect(login.status).toBe(200);

    const audit = await api()
      .get('/api/audit')
      .query({ entityType: 'user', entityId: created.body.id, action: 'user.create' })
      .set(bearer(tokens.admin));
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.create',
      actorEmail: org.admin.user.email,
      before: null,
    });
    expect(JSON.stringify(audit.body.items[0].after)).not.toContain('password');
    // Read as a sentence: who, and whom, by name.
    expect(audit.body.items[0]).toMatchObject({
      actorName: org.admin.user.displayName,
      subjectName: body.displayName,
    });
    // The action filter takes a prefix: every user action, and nothing else.
    const prefixed = await api()
      .get('/api/audit')
      .query({ action: 'user.', limit: 200 })
      .set(bearer(tokens.admin));
    expect(prefixed.body.items.length).toBeGreaterThan(0);
    expect(prefixed.body.items.every((e: { action: string }) => e.action.startsWith('user.'))).toBe(true);
    const literal = await api().get('/api/audit').query({ action: 'user_' }).set(bearer(tokens.admin));
    expect(literal.body.total).toBe(0);
  });

  it.each(['hr', 'manager', 'rep'] as const)('403s user management for %s', async (role) => {
    expect((await api().post('/api/users').set(bearer(tokens[role])).send(newUser())).status).toBe(403);
    expect(
      (await api().patch(`/api/users/${org.rep.user.id}`).set(bearer(tokens[role])).send({ isActive: false }))
        .status,
    ).toBe(403);
  });

  it('403s the user list for managers and reps, but lets HR read it', async () => {
    expect((await api().get('/api/users').set(bearer(tokens.manager))).status).toBe(403);
    expect((await api().get('/api/users').set(bearer(tokens.rep))).status).toBe(403);
    expect((await api().get('/api/users').set(bearer(tokens.hr))).status).toBe(200);
  });

  it('400s bad input, naming every field, and creates nothing', async () => {
    const res = await api()
      .post('/api/users')
      .set(bearer(tokens.admin))
      .send({ email: 'not-an-email', displayName: '', roles: ['king'], password: 'short' });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(new Set(fields)).toEqual(new Set(['email', 'displayName', 'roles', 'password']));
    expect(res.body.errors).toContainEqual({
      field: 'email',
      reason: 'must be an email address',
      code: 'email',
    });
    expect(res.body.errors).toContainEqual({
      field: 'password',
      reason: 'must be at least 10 characters',
      code: 'too_short',
      params: { min: 10 },
    });
    expect((await db.query(`select count(*)::int as n from users where email = 'not-an-email'`))[0].n).toBe(
      0,
    );
  });

  it('409s a duplicate email, whatever its case', async () => {
    const res = await api()
      .post('/api/users')
      .set(bearer(tokens.admin))
      .send(newUser({ email: org.rep.user.email.toUpperCase() }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('email_taken');
  });

  it('404s an unknown user and 400s a malformed id', async () => {
    expect(
      (await api().get('/api/users/00000000-0000-4000-8000-000000000000').set(bearer(tokens.admin))).status,
    ).toBe(404);
    const bad = await api().get('/api/users/42').set(bearer(tokens.admin));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'id', reason: 'must be a UUID', code: 'id' }]);
  });

  it('deactivates a user: their token stops working at once and they cannot sign in', async () => {
    const victim = await api().post('/api/users').set(bearer(tokens.admin)).send(newUser());
    const token = (
      await api()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshAddress())
        .send({ email: victim.body.email, password: 'a-good-long-password' })
    ).body.accessToken;
    expect((await api().get('/api/me').set(bearer(token))).status).toBe(200);
    const res = await api()
      .patch(`/api/users/${victim.body.id}`)
      .set(bearer(tokens.admin))
      .send({ isActive: false });
    expect(res.status).toBe(200);
    expect(res.body.isActive).toBe(false);
    expect((await api().get('/api/me').set(bearer(token))).status).toBe(401);
    expect(
      (
        await api()
          .post('/api/auth/login')
          .set('X-Forwarded-For', freshAddress())
          .send({ email: victim.body.email, password: 'a-good-long-password' })
      ).status,
    ).toBe(401);
  });

  it('does not let an admin deactivate themselves or drop their own admin role', async () => {
    const self = await api()
      .patch(`/api/users/${org.admin.user.id}`)
      .set(bearer(tokens.admin))
      .send({ isActive: false });
    expect(self.status).toBe(400);
    expect(self.body.errors).toEqual([
      { field: 'isActive', reason: 'you cannot deactivate your own account', code: 'own_account' },
    ]);
    expect(
      (
        await api()
          .patch(`/api/users/${org.admin.user.id}`)
          .set(bearer(tokens.admin))
          .send({ roles: ['hr'] })
      ).status,
    ).toBe(400);
  });

  it('changes roles, which take effect on the next request', async () => {
    const person = await api().post('/api/users').set(bearer(tokens.admin)).send(newUser());
    const token = (
      await api()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshAddress())
        .send({ email: person.body.email, password: 'a-good-long-password' })
    ).body.accessToken;
    expect((await api().get('/api/org-units/overview').set(bearer(token))).status).toBe(403);
    await api()
      .patch(`/api/users/${person.body.id}`)
      .set(bearer(tokens.admin))
      .send({ roles: ['hr'] })
      .expect(200);
    expect((await api().get('/api/org-units/overview').set(bearer(token))).status).toBe(200);
  });

  it('searches and pages the list', async () => {
    const res = await api()
      .get('/api/users')
      .query({ search: org.manager.user.email, limit: 5 })
      .set(bearer(tokens.admin));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 1, limit: 5, offset: 0 });
    expect(res.body.items[0]).toMatchObject({ id: org.manager.user.id, employeeId: org.manager.employee.id });
    expect((await api().get('/api/users').query({ limit: 500 }).set(bearer(tokens.admin))).status).toBe(400);
  });

  it("lets an admin set a password, ending the user's sessions", async () => {
    const person = await api().post('/api/users').set(bearer(tokens.admin)).send(newUser());
    const session = (
      await api()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshAddress())
        .send({ email: person.body.email, password: 'a-good-long-password' })
    ).body;
    await api()
      .post(`/api/users/${person.body.id}/password`)
      .set(bearer(tokens.admin))
      .send({ password: 'another-long-password' })
      .expect(204);
    expect((await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(
      401,
    );
    expect(
      (
        await api()
          .post('/api/auth/login')
          .set('X-Forwarded-For', freshAddress())
          .send({ email: person.body.email, password: 'another-long-password' })
      ).status,
    ).toBe(200);
  });
});
