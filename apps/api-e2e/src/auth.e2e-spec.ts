import { createHmac } from 'node:crypto';
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
    expect(res.body.errors).toContainEqual({ field: 'email', reason: 'is required', code: 'required' });
  });

  it('400s unknown fields rather than ignoring them', async () => {
    const res = await api().post('/api/auth/login').send({ email: 'a@b.c', password: 'x', admin: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'admin', reason: 'property admin should not exist', code: 'unknown_field' },
    ]);
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

  it('429s after five failures for one account from one address, with Retry-After; another address may still sign in', async () => {
    const address = freshAddress();
    const attempt = (from: string, password: string) =>
      api()
        .post('/api/auth/login')
        .set('X-Forwarded-For', from)
        .send({ email: org.otherRep.user.email, password });
    for (let i = 0; i < 5; i++) expect((await attempt(address, 'wrong')).status).toBe(401);
    const res = await attempt(address, TEST_PASSWORD);
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.message).toMatch(/Try again in/);
    expect((await attempt(freshAddress(), TEST_PASSWORD)).status).toBe(200);
  });

  describe('sessions end at once', () => {
    const signIn = async (email: string, password = TEST_PASSWORD) => {
      const res = await api()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshAddress())
        .send({ email, password });
      expect(res.status).toBe(200);
      return res.body as { accessToken: string; refreshToken: string };
    };
    const me = (token: string) => api().get('/api/me').set(bearer(token));

    it('on sign-out: the access token of that session stops working, another session keeps going', async () => {
      const session = await signIn(org.hr.user.email);
      const other = await signIn(org.hr.user.email);
      expect((await me(session.accessToken)).status).toBe(200);
      await api().post('/api/auth/logout').send({ refreshToken: session.refreshToken });
      expect((await me(session.accessToken)).status).toBe(401);
      expect((await me(other.accessToken)).status).toBe(200);
    });

    it('when a replayed refresh token revokes the family: its access tokens die too, and it is audited', async () => {
      const session = await signIn(org.manager.user.email);
      const rotated = await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
      expect(rotated.status).toBe(200);
      // The thief replays the first refresh token.
      expect(
        (await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status,
      ).toBe(401);
      expect((await me(rotated.body.accessToken)).status).toBe(401);
      const [entry] = await db.query(
        `select after from audit_log where action = 'auth.session_revoked' and entity_id = $1 order by occurred_at desc limit 1`,
        [org.manager.user.id],
      );
      expect(entry.after).toMatchObject({ reason: 'refresh_token_reused' });
    });

    it('when an admin resets the password: every access token of the user dies', async () => {
      const victim = await signIn(org.rep.user.email);
      const admin = await signIn(org.admin.user.email);
      const reset = await api()
        .post(`/api/users/${org.rep.user.id}/password`)
        .set(bearer(admin.accessToken))
        .send({ password: 'violet-kettle-harbour-9' });
      expect(reset.status).toBe(204);
      expect((await me(victim.accessToken)).status).toBe(401);
      await signIn(org.rep.user.email, 'violet-kettle-harbour-9');
    });

    it('refuses a correctly signed token without an expiry or a session', async () => {
      const session = await signIn(org.hr.user.email);
      const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString());
      const { exp: _exp, ...forever } = claims;
      const { sid: _sid, ...sessionless } = claims;
      for (const payload of [forever, sessionless]) {
        const res = await me(signHs256(payload, 'e2e-secret-that-is-long-enough-for-hs256'));
        expect(res.status).toBe(401);
      }
      expect((await me(signHs256(claims, 'e2e-secret-that-is-long-enough-for-hs256'))).status).toBe(200);
    });
  });

  it('throttles password changes like sign-ins: five wrong current passwords, then 429 even for the right one', async () => {
    const address = freshAddress();
    const login = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email: org.admin.user.email, password: TEST_PASSWORD });
    const change = (currentPassword: string) =>
      api()
        .post('/api/auth/password')
        .set('X-Forwarded-For', address)
        .set(bearer(login.body.accessToken))
        .send({ currentPassword, newPassword: 'violet-kettle-harbour-9' });
    for (let i = 0; i < 5; i++) expect((await change(`guess-number-${i}`)).status).toBe(400);
    const blocked = await change(TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    const [{ failures }] = await db.query(
      `select count(*)::int as failures from audit_log where action = 'auth.password_change_failed' and entity_id = $1`,
      [org.admin.user.id],
    );
    expect(failures).toBe(5);
  });

  it('refuses weak passwords with a reason: common, the own name or email, one repeated character, only spaces', async () => {
    const session = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshAddress())
      .send({ email: org.manager.user.email, password: TEST_PASSWORD });
    for (const [newPassword, reason] of [
      ['password123', /too easy to guess/],
      ['qwertyuiop1', /too easy to guess/],
      ['zzzzzzzzzzzz', /one character repeated/],
      ['            ', /only spaces/],
      [`${org.manager.user.email.split('@')[0]}!`, /email address or name/],
    ] as const) {
      const res = await api()
        .post('/api/auth/password')
        .set(bearer(session.body.accessToken))
        .send({ currentPassword: TEST_PASSWORD, newPassword });
      expect({ newPassword, status: res.status }).toEqual({ newPassword, status: 400 });
      expect(res.body.errors).toEqual([
        {
          field: 'newPassword',
          reason: expect.stringMatching(reason),
          code: expect.stringMatching(/^password_/),
        },
      ]);
    }
  });

  it('audits sign-ins, failures and sign-outs with who and from where', async () => {
    const address = freshAddress();
    await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email: org.hr.user.email, password: 'nope' });
    const ok = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email: org.hr.user.email, password: TEST_PASSWORD });
    await api()
      .post('/api/auth/logout')
      .set('X-Forwarded-For', address)
      .send({ refreshToken: ok.body.refreshToken });
    const rows = (await db.query(
      `select action, actor_user_id, ip from audit_log where entity_id = $1 and ip = $2 order by id`,
      [org.hr.user.id, address],
    )) as { action: string; actor_user_id: string | null; ip: string }[];
    expect(rows.map((r) => r.action)).toEqual(['auth.sign_in_failed', 'auth.sign_in', 'auth.sign_out']);
    expect(rows[1].actor_user_id).toBe(org.hr.user.id);
  });
});

/** A JWT signed with the server's secret, to try claims the server never issues. */
function signHs256(payload: object, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
