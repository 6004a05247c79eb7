import type { DataSource } from 'typeorm';
import { createTestOrganisation, TEST_PASSWORD, type TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, freshAddress } from './support/api';

describe('auth', () => {
  let db: DataSource;
  let org: TestOrganisation;

  beforeAll(async () => {
    db = await connectDatabase();
    org = await createTestOrganisation(db);
  });
  afterAll(() => db.destroy());

  it('401s every protected endpoint without a token, with a bad token, and with an expired-looking one', async () => {
    expect((await api().get('/api/me')).status).toBe(401);
    expect((await api().get('/api/me').set(bearer('not-a-jwt'))).status).toBe(401);
    const forged = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const res = await api().get('/api/users').set(bearer(forged));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'unauthenticated' });
  });

  it('400s a login without fields, naming each', async () => {
    const res = await api().post('/api/auth/login').set('X-Forwarded-For', freshAddress()).send({});
    expect(res.status).toBe(400);
    expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['email', 'password']),
    );
    expect(res.body.errors).toContainEqual({ field: 'email', reason: 'is required' });
  });

  it('400s unknown fields rather than ignoring them', async () => {
    const res = await api().post('/api/auth/login').send({ email: 'a@b.c', password: 'x', admin: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'admin', reason: 'property admin should not exist' }]);
  });

  it('401s a wrong password without saying whether the account exists', async () => {
    const wrong = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshAddress())
      .send({ email: org.rep.user.email, password: 'nope' });
    const unknown = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshAddress())
      .send({ email: 'nobody@example.test', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('signs in, refreshes from the cookie alone, and logs out', async () => {
    const agent = api();
    const login = await agent
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshAddress())
      .send({ email: org.manager.user.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('cadre_refresh='),
    );
    expect(cookie).toBeDefined();
    const refreshed = await api()
      .post('/api/auth/refresh')
      .set('Cookie', String(cookie?.split(';')[0]))
      .send({});
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.email).toBe(org.manager.user.email);
    expect((await api().get('/api/me').set(bearer(refreshed.body.accessToken))).status).toBe(200);
    const out = await api().post('/api/auth/logout').send({ refreshToken: refreshed.body.refreshToken });
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/cadre_refresh=;/);
  });

  it('429s after five failures for one account, with Retry-After', async () => {
    const address = freshAddress();
    for (let i = 0; i < 5; i++) {
      await api()
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .send({ email: org.otherRep.user.email, password: 'wrong' });
    }
    const res = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshAddress())
      .send({ email: org.otherRep.user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.message).toMatch(/Try again in/);
  });
});
