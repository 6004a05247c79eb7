import { CORE_ENTITIES } from '@cadre/api/core';
import {
  createTestApp,
  createTestOrganisation,
  TEST_PASSWORD,
  type TestApp,
  type TestOrganisation,
} from '@cadre/api/testing';
import { IDENTITY_ENTITIES } from '../entities';
import { IdentityModule } from '../identity.module';

describe('sign-in, refresh rotation and throttling', () => {
  let t: TestApp;
  let org: TestOrganisation;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES],
      env: {
        LOGIN_THROTTLE_MAX_PER_ACCOUNT: '3',
        LOGIN_THROTTLE_MAX_PER_ADDRESS: '6',
        LOGIN_THROTTLE_WINDOW_SECONDS: '600',
        LOGIN_THROTTLE_ACCOUNT_SLOWDOWN_AFTER: '8',
        LOGIN_THROTTLE_SLOWDOWN_MS: '700',
        // supertest connects over loopback and stands in for a proxy
        TRUST_PROXY: 'loopback',
      },
    });
    org = await createTestOrganisation(t.db);
  });

  afterAll(() => t.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('signs in with the right password, case-insensitively by email, and sets an httpOnly refresh cookie', async () => {
    const res = await login(org.rep.user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      id: org.rep.user.id,
      roles: ['rep'],
      employeeId: org.rep.employee.id,
    });
    expect(res.body.user.permissions).toContain('self-service');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/cadre_refresh=[\w-]+;.*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('rotates refresh tokens, and revokes the whole family when a rotated token is replayed', async () => {
    const first = (await login(org.manager.user.email, TEST_PASSWORD)).body.refreshToken as string;
    const second = await t.http().post('/api/auth/refresh').send({ refreshToken: first });
    expect(second.status).toBe(200);
    const secondToken = second.body.refreshToken as string;
    expect(secondToken).not.toBe(first);

    // The stolen first token comes back: refused, and the legitimate second token dies too.
    expect((await t.http().post('/api/auth/refresh').send({ refreshToken: first })).status).toBe(401);
    expect((await t.http().post('/api/auth/refresh').send({ refreshToken: secondToken })).status).toBe(401);
  });

  it('ends the session on logout', async () => {
    const token = (await login(org.hr.user.email, TEST_PASSWORD)).body.refreshToken as string;
    expect((await t.http().post('/api/auth/logout').send({ refreshToken: token })).status).toBe(204);
    expect((await t.http().post('/api/auth/refresh').send({ refreshToken: token })).status).toBe(401);
  });

  it('refuses an account from the address that failed, with the wait in seconds, even for the right password', async () => {
    const email = org.otherRep.user.email;
    for (let i = 0; i < 3; i++) expect((await login(email, 'wrong-password', '10.0.1.1')).status).toBe(401);
    const blocked = await login(email, TEST_PASSWORD, '10.0.1.1');
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('too_many_attempts');
    expect(blocked.body.retryAfterSeconds).toBeGreaterThan(590);
    expect(blocked.body.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect(blocked.headers['retry-after']).toBe(String(blocked.body.retryAfterSeconds));
    const [lockout] = await t.db.query(
      `select action, after from audit_log where action = 'auth.lockout' and entity_id = $1`,
      [org.otherRep.user.id],
    );
    expect(lockout).toEqual({ action: 'auth.lockout', after: { email, ip: '10.0.1.1' } });
  });

  it('counts parallel guesses one after another: a burst of 20 gets exactly 3 tries', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        login(org.admin.user.email, 'wrong-password', '10.0.7.1').then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(17);
    // The lockout is audited once, even though the failures arrived together.
    const lockouts = await t.db.query(
      `select 1 from audit_log where action = 'auth.lockout' and entity_id = $1 and after->>'ip' = '10.0.7.1'`,
      [org.admin.user.id],
    );
    expect(lockouts).toHaveLength(1);
  });

  it("does not let a stranger's wrong guesses lock the owner out from their own address", async () => {
    const email = org.hr.user.email;
    for (let i = 0; i < 3; i++) expect((await login(email, 'wrong-password', '10.0.5.1')).status).toBe(401);
    expect((await login(email, TEST_PASSWORD, '10.0.5.1')).status).toBe(429);
    expect((await login(email, TEST_PASSWORD, '10.0.5.2')).status).toBe(200);
  });

  it('slows, rather than locks, an account guessed at from many addresses; the right password still works', async () => {
    const email = org.rep.user.email;
    // One guess from each of ten addresses: under every per-address limit, past the account's 8.
    for (let i = 0; i < 10; i++)
      expect((await login(email, 'wrong-password', `10.0.6.${i}`)).status).toBe(401);
    // Now an address that already failed on the account waits; a clean one is only slowed.
    expect((await login(email, TEST_PASSWORD, '10.0.6.1')).status).toBe(429);
    const started = Date.now();
    const res = await login(email, TEST_PASSWORD, '10.0.6.200');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    // Success resets the count: the next sign-in is not held.
    const next = Date.now();
    expect((await login(email, TEST_PASSWORD, '10.0.6.200')).status).toBe(200);
    expect(Date.now() - next).toBeLessThan(650);
  });

  it('throttles an address that fails across many accounts', async () => {
    for (let i = 0; i < 6; i++)
      expect((await login(`nobody-${i}@example.test`, 'x', '10.0.2.1')).status).toBe(401);
    expect((await login(org.admin.user.email, TEST_PASSWORD, '10.0.2.1')).status).toBe(429);
    expect((await login(org.admin.user.email, TEST_PASSWORD, '10.0.2.2')).status).toBe(200);
  });

  it('refuses a deactivated account and its access token', async () => {
    const session = await login(org.rep.user.email, TEST_PASSWORD, '10.0.3.1');
    await t.db.query('update users set is_active = false where id = $1', [org.rep.user.id]);
    const me = await t.http().get('/api/me').set('Authorization', `Bearer ${session.body.accessToken}`);
    expect(me.status).toBe(401);
    expect((await login(org.rep.user.email, TEST_PASSWORD, '10.0.3.1')).status).toBe(401);
    await t.db.query('update users set is_active = true where id = $1', [org.rep.user.id]);
  });

  it('changes a password: the old one stops working, other sessions end, this one continues', async () => {
    const other = (await login(org.manager.user.email, TEST_PASSWORD, '10.0.4.1')).body;
    const mine = (await login(org.manager.user.email, TEST_PASSWORD, '10.0.4.1')).body;
    const wrong = await t
      .http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${mine.accessToken}`)
      .send({ currentPassword: 'nope', newPassword: 'a-brand-new-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'currentPassword', reason: 'is not your current password', code: 'password_wrong' },
    ]);

    const changed = await t
      .http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${mine.accessToken}`)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' });
    expect(changed.status).toBe(200);
    expect((await t.http().post('/api/auth/refresh').send({ refreshToken: other.refreshToken })).status).toBe(
      401,
    );
    expect(
      (await t.http().get('/api/me').set('Authorization', `Bearer ${changed.body.accessToken}`)).status,
    ).toBe(200);
    expect((await login(org.manager.user.email, TEST_PASSWORD, '10.0.4.2')).status).toBe(401);
    expect((await login(org.manager.user.email, 'a-brand-new-password', '10.0.4.2')).status).toBe(200);
    const [entry] = await t.db.query(
      `select action, after from audit_log where entity_id = $1 and action = 'user.password_change'`,
      [org.manager.user.id],
    );
    expect(entry).toEqual({ action: 'user.password_change', after: null });
  });
});

describe('client addresses behind no proxy (TRUST_PROXY unset)', () => {
  let t: TestApp;
  let org: TestOrganisation;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES],
      env: { LOGIN_THROTTLE_MAX_PER_ADDRESS: '4' },
    });
    org = await createTestOrganisation(t.db);
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For: a forged address neither escapes the per-address limit nor is recorded', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.9.9.${i}`)
        .send({ email: `nobody-${i}@example.test`, password: 'wrong' });
      expect(res.status).toBe(401);
    }
    const blocked = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.9.9.200')
      .send({ email: org.admin.user.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    // The throttle counted every attempt against the one real address.
    const ips = (await t.db.query(`select distinct ip from login_attempts`)) as { ip: string }[];
    expect(ips.map((r) => r.ip)).not.toContain('10.9.9.0');
    expect(ips.length).toBe(1);
  });
});
