import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

const example = (name: string) =>
  readFileSync(join(__dirname, '..', '..', '..', 'examples', 'commission', name), 'utf8');

/** A document of about `credits` credits, for size and concurrency tests. */
function bigDocument(credits: number): string {
  const doc = JSON.parse(example('account-executive.json')) as { credits: unknown[] };
  doc.credits = Array.from({ length: credits }, (_, i) => ({
    id: `big-${i}`,
    payee: i % 2 ? 'wu.tingting' : 'marcus.lee',
    date: `2027-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    metric: i % 3 ? 'revenue' : 'margin',
    amount: `${1000 + (i % 977)}.${String(i % 100).padStart(2, '0')}`,
    attributes: { product: 'X9', channel: 'direct', region: 'east' },
  }));
  return JSON.stringify(doc);
}

let db: DataSource;
let tokens: RoleTokens;

beforeAll(async () => {
  db = await connectDatabase();
  ({ tokens } = await organisationWithTokens(db));
});
afterAll(() => db.destroy());

describe('POST /api/compensation/simulate', () => {
  const simulate = (token: string | null, body: string) => {
    const req = api().post('/api/compensation/simulate').set('Content-Type', 'application/json');
    return (token ? req.set(bearer(token)) : req).send(body);
  };

  it.each(['manager', 'admin'] as const)(
    'answers the same statements as the command line for %s',
    async (role) => {
      const res = await simulate(tokens[role], example('new-hire-ramp-draw.json'));
      expect(res.status).toBe(200);
      expect(
        res.body.statements.map(
          (s: { period: string; payout: string; balance: string }) => `${s.period} ${s.payout} ${s.balance}`,
        ),
      ).toEqual([
        '2027-02 3000.00 2400.00',
        '2027-03 3000.00 3100.00',
        '2027-04 3000.00 750.00',
        '2027-05 6650.00 0.00',
      ]);
      expect(res.body.statements[0].lines[0].trace).toMatchObject({
        type: 'tiered',
        quota: '25000',
        attainment: '0.48',
      });
    },
  );

  it('401s without a token and 403s HR and reps', async () => {
    expect((await simulate(null, example('sdr-meetings.json'))).status).toBe(401);
    expect((await simulate(tokens.hr, example('sdr-meetings.json'))).status).toBe(403);
    expect((await simulate(tokens.rep, example('sdr-meetings.json'))).status).toBe(403);
  });

  it('400s an invalid document with every problem, its JSON path as the field', async () => {
    const doc = JSON.parse(example('sdr-meetings.json'));
    doc.credits[3].amount = '12x';
    doc.credits[0].payee = 'ghost';
    doc.periods = ['2027-01', '2027-03'];
    const res = await simulate(tokens.manager, JSON.stringify(doc));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual([
      {
        field: 'periods[1]',
        reason: '"2027-03" does not follow "2027-01": periods must be ascending and consecutive',
      },
      { field: 'credits[0].payee', reason: 'unknown payee "ghost"' },
      { field: 'credits[3].amount', reason: '"12x" is not a decimal number' },
    ]);
  });

  it('400s text that is not JSON, and an empty body', async () => {
    const bad = await simulate(tokens.manager, '{ "plan": ');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('$');
    expect(bad.body.errors[0].reason).toMatch(/^not valid JSON/);
    expect((await simulate(tokens.manager, '')).status).toBe(400);
  });

  it('takes documents above the API-wide 2 MB limit, up to 20 MB', async () => {
    const body = bigDocument(16_000);
    expect(body.length).toBeGreaterThan(2.2 * 1024 * 1024);
    const res = await simulate(tokens.manager, body);
    expect(res.status).toBe(200);
    expect(res.body.statements).toHaveLength(6);
    const huge = await simulate(tokens.manager, 'x'.repeat(21 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.body.message).toMatch(/too large \(the limit is 20 MB\)/);
  });

  it('keeps answering other requests while a large simulation runs', async () => {
    const order: string[] = [];
    const running = simulate(tokens.manager, bigDocument(120_000)).then((res) => {
      order.push(`simulation ${res.status}`);
    });
    await new Promise((resume) => setTimeout(resume, 200));
    await api()
      .get('/api/health')
      .then((res) => order.push(`health ${res.status}`));
    await running;
    expect(order).toEqual(['health 200', 'simulation 200']);
  });
});

describe('GET /api/compensation/examples', () => {
  it('offers the example plans as written, each simulating as it stands', async () => {
    const res = await api().get('/api/compensation/examples').set(bearer(tokens.admin));
    expect(res.status).toBe(200);
    expect(res.body.map((e: { id: string; name: string }) => `${e.id}: ${e.name}`)).toEqual([
      'account-executive: Account Executive 2027',
      'certified-spif: X9 launch: commission plus a SPIF for certified reps',
      'new-hire-ramp-draw: Account Executive, new hire',
      'sdr-meetings: Sales Development 2027',
      'target-incentive-curve: Key Account Manager target incentive 2027',
    ]);
    expect(res.body[0].document).toBe(example('account-executive.json'));
    for (const e of res.body as { document: string }[]) {
      const run = await api()
        .post('/api/compensation/simulate')
        .set(bearer(tokens.manager))
        .set('Content-Type', 'application/json')
        .send(e.document);
      expect(run.status).toBe(200);
    }
  });

  it('401s without a token and 403s HR and reps', async () => {
    expect((await api().get('/api/compensation/examples')).status).toBe(401);
    expect((await api().get('/api/compensation/examples').set(bearer(tokens.hr))).status).toBe(403);
    expect((await api().get('/api/compensation/examples').set(bearer(tokens.rep))).status).toBe(403);
  });
});
