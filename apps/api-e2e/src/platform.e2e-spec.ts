import { Client } from 'pg';
import { api, freshAddress } from './support/api';

describe('platform', () => {
  it('reports health with the database', async () => {
    const res = await api().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(res.body.migrations).toBeGreaterThanOrEqual(1);
  });

  it('publishes an OpenAPI document with schemas, bearer auth and error responses on protected operations', async () => {
    const res = await api().get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
    };
    expect(doc.components.securitySchemes['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ApiErrorSchema', 'UserResponse', 'EmployeeResponse', 'CreateUserDto']),
    );
    const publicOps = [
      'post /api/auth/login',
      'post /api/auth/refresh',
      'post /api/auth/logout',
      'get /api/health',
    ];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (publicOps.includes(`${method} ${path}`)) continue;
        expect({ op: `${method} ${path}`, security: op.security?.length ?? 0 }).toEqual({
          op: `${method} ${path}`,
          security: 1,
        });
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
  });

  it('serves the Swagger UI', async () => {
    const res = await api().get('/api/docs/').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await api().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('rejects malformed JSON and oversized bodies with a clear 4xx', async () => {
    const malformed = await api()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/not valid JSON/);
    const huge = await api()
      .post('/api/auth/login')
      .send({ email: 'a@b.c', password: 'x'.repeat(3 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('sends security headers', async () => {
    const res = await api().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toMatch(/^[\w-]+$/);
  });

  it('limits anonymous requests per address per minute (sign-out here), but never health', async () => {
    const address = freshAddress();
    const signOut = () => api().post('/api/auth/logout').set('X-Forwarded-For', address).send({});
    const statuses = await Promise.all(Array.from({ length: 300 }, () => signOut().then((r) => r.status)));
    expect(statuses.filter((s) => s !== 204)).toEqual([]);
    const refused = await signOut();
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected, and health answers whoever asks.
    expect(
      (await api().post('/api/auth/logout').set('X-Forwarded-For', freshAddress()).send({})).status,
    ).toBe(204);
    const health = await Promise.all(
      Array.from({ length: 320 }, () =>
        api()
          .get('/api/health')
          .set('X-Forwarded-For', address)
          .then((r) => r.status),
      ),
    );
    expect(health.filter((s) => s !== 200)).toEqual([]);
  });

  it('runs as a role that can append to the audit log but not rewrite it, nor switch off its trigger', async () => {
    const runtime = new Client({ connectionString: process.env['CADRE_E2E_RUNTIME_DATABASE_URL'] });
    await runtime.connect();
    try {
      const [{ role, superuser }] = (
        await runtime.query(
          `select current_user as role, usesuper as superuser from pg_user where usename = current_user`,
        )
      ).rows;
      expect({ role, superuser }).toEqual({ role: 'cadre_e2e_app', superuser: false });
      await runtime.query(
        `insert into audit_log (action, entity_type, entity_id) values ('test.append', 'test', '1')`,
      );
      for (const sql of [
        'alter table audit_log disable trigger all',
        "update audit_log set action = 'rewritten'",
        'delete from audit_log',
        'truncate audit_log',
        'drop table audit_log',
        "delete from schema_migrations where name like 'Scorecard%'",
      ]) {
        await expect(runtime.query(sql)).rejects.toThrow(/must be owner|permission denied/);
      }
    } finally {
      await runtime.end();
    }
  });
});
