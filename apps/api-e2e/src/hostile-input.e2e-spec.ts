import { readFileSync, statSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import {
  api,
  bearer,
  connectDatabase,
  freshAddress,
  organisationWithTokens,
  type RoleTokens,
} from './support/api';

type Operation = {
  method: string;
  path: string;
  parameters: { name: string; in: 'path' | 'query' }[];
  hasBody: boolean;
  /** The JSON body's properties, from its schema: each is also sent as null. */
  bodyFields: string[];
};

/** Deep JSON written by hand: JSON.stringify of such a value would itself overflow. */
const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** Values no query parameter or path id should turn into a 500. */
const HOSTILE_TEXT = [
  '%00',
  'a%00b',
  '%ED%A0%80', // a lone surrogate, UTF-8 encoded (not valid UTF-8)
  '99999999999999999999',
  '-1',
  '2027-02-30',
  '0000-01-01',
  '1e400',
  "'%3B drop table users%3B--",
  'x'.repeat(3000),
  '%F0%9F%98%80', // an emoji
];

/** Bodies that must be refused cleanly whatever the route expects. */
const HOSTILE_BODIES = [
  '{"email":"a\\u0000@example.test","password":"x\\u0000"}',
  '{"fullName":"\\ud800","name":"\\udfff","title":"\\ud800x"}',
  `{"a":${deep(10_000)}}`,
  deep(10_000),
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"limit":1e400,"offset":99999999999999999999}',
  '"just a string"',
  '[]',
  'null',
];

/**
 * The whole HTTP surface under hostile input: every operation in the OpenAPI document,
 * every path id, every query parameter and a set of hostile bodies, as an anonymous
 * caller and as an admin. Nothing may answer 500, and the server must log no error.
 */
describe('hostile input across every endpoint', () => {
  let db: DataSource;
  let tokens: RoleTokens;
  let operations: Operation[];

  beforeAll(async () => {
    db = await connectDatabase();
    ({ tokens } = await organisationWithTokens(db));
    type Body = { content?: Record<string, { schema?: { $ref?: string } }> };
    const doc = (await api().get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: Body }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const fieldsOf = (body: Body | undefined) => {
      const ref = body?.content?.['application/json']?.schema?.$ref;
      return ref ? Object.keys(doc.components.schemas[ref.split('/').pop() as string]?.properties ?? {}) : [];
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method,
        path,
        parameters: (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query'),
        hasBody: Boolean(op.requestBody) || ['post', 'put', 'patch'].includes(method),
        bodyFields: fieldsOf(op.requestBody),
      })),
    );
  });
  afterAll(() => db.destroy());

  const send = (op: Operation, url: string, token: string | null, body?: string) => {
    let req = api()[op.method as 'get'](url).set('X-Forwarded-For', freshAddress());
    if (token) req = req.set(bearer(token));
    if (body !== undefined) req = req.set('Content-Type', 'application/json').send(body);
    return req.then((res) => ({
      status: res.status,
      what: `${op.method.toUpperCase()} ${url.slice(0, 120)}`,
    }));
  };
  const withIds = (op: Operation, id: string) =>
    op.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'id' || /Id$/.test(name) ? id : id));
  const validId = '00000000-0000-4000-8000-000000000000';

  it('finds the operations to try', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['anonymous', null],
    ['admin', 'admin'],
  ] as const)('answers every hostile path id, query value and body below 500 (%s)', async (_who, role) => {
    const token = role ? tokens[role] : null;
    const log = process.env['CADRE_E2E_SERVER_LOG'] as string;
    const logStart = statSync(log).size;
    const failures: string[] = [];
    for (const op of operations) {
      const attempts: Promise<{ status: number; what: string }>[] = [];
      if (op.path.includes('{'))
        for (const value of HOSTILE_TEXT) attempts.push(send(op, withIds(op, value), token));
      for (const parameter of op.parameters.filter((p) => p.in === 'query'))
        for (const value of HOSTILE_TEXT)
          attempts.push(send(op, `${withIds(op, validId)}?${parameter.name}=${value}`, token));
      if (op.hasBody)
        for (const body of HOSTILE_BODIES) attempts.push(send(op, withIds(op, validId), token, body));
      for (const field of op.bodyFields)
        attempts.push(send(op, withIds(op, validId), token, JSON.stringify({ [field]: null })));
      for (const { status, what } of await Promise.all(attempts))
        if (status >= 500) failures.push(`${status} ${what}`);
    }
    expect(failures).toEqual([]);
    const logged = readFileSync(log, 'utf8').slice(logStart);
    expect(logged.split('\n').filter((line) => /\bERROR\b/.test(line))).toEqual([]);
  });

  it('refuses NUL and lone surrogates in a body with a 400 naming the field, and creates nothing', async () => {
    const stamp = Date.now();
    const nul = await api()
      .post('/api/candidates')
      .set(bearer(tokens.hr))
      .set('Content-Type', 'application/json')
      .send(`{"fullName":"Hostile${stamp}\\u0000Na","source":"referral","yearsExperience":"1"}`);
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([
      { field: 'fullName', reason: expect.stringContaining('NUL'), code: 'nul_character' },
    ]);
    const surrogate = await api()
      .post('/api/candidates')
      .set(bearer(tokens.hr))
      .set('Content-Type', 'application/json')
      .send(
        `{"fullName":"Hostile${stamp} Na","source":"referral","yearsExperience":"1","skills":["ok","\\ud800"]}`,
      );
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.errors).toEqual([
      { field: 'skills[1]', reason: expect.stringContaining('surrogate'), code: 'lone_surrogate' },
    ]);
    const [{ count }] = (await db.query(
      `select count(*)::int as count from candidates where full_name like $1`,
      [`Hostile${stamp}%`],
    )) as {
      count: number;
    }[];
    expect(count).toBe(0);
  });

  it('refuses a NUL in the sign-in email as 400 for an anonymous caller, and 400s impossible audit dates and offsets', async () => {
    const login = await api()
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshAddress())
      .set('Content-Type', 'application/json')
      .send('{"email":"admin@example.test\\u0000","password":"whatever"}');
    expect(login.status).toBe(400);
    for (const query of [
      'from=2027-02-30',
      'from=0000-01-01',
      'to=2026-13-01',
      'offset=99999999999999999999',
    ]) {
      const res = await api().get(`/api/audit?${query}`).set(bearer(tokens.admin));
      expect({ query, status: res.status, field: res.body.errors?.[0]?.field }).toEqual({
        query,
        status: 400,
        field: query.split('=')[0],
      });
    }
    expect(
      (await api().get('/api/audit?from=2026-02-28&to=2026-03-01T12:00:00Z').set(bearer(tokens.admin)))
        .status,
    ).toBe(200);
  });

  it('refuses JSON nested 10,000 deep on the anonymous sign-in, refresh and logout routes', async () => {
    for (const path of ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout']) {
      const res = await api()
        .post(path)
        .set('X-Forwarded-For', freshAddress())
        .set('Content-Type', 'application/json')
        .send(`{"email":${deep(10_000)}}`);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
    }
  });
});
