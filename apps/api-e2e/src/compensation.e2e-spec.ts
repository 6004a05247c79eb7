import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
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

/**
 * A plan of five components (one with four tier bands) for `payees` payees over twelve
 * months: 1,666 payees is the largest run the limits allow (19,992 statements, 99,960
 * lines, about 40 MB of answer).
 */
function largestDocument(payees: number): string {
  const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);
  return JSON.stringify({
    plan: {
      id: 'largest',
      currency: 'CNY',
      period: 'month',
      components: [
        {
          id: 'rev',
          type: 'tiered',
          metric: 'revenue',
          basis: 'attainment',
          mode: 'marginal',
          tiers: [
            { upTo: '0.5', rate: '0.02' },
            { upTo: '1.0', rate: '0.05' },
            { upTo: '1.5', rate: '0.08' },
            { upTo: null, rate: '0.10' },
          ],
          gate: { metric: 'margin', minAttainment: '0.6' },
        },
        { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1.0', amount: '3000' },
        { id: 'mrg', type: 'rate', metric: 'margin', rate: '0.01' },
        { id: 'new', type: 'rate', metric: 'new_customers', rate: '100' },
        { id: 'cash', type: 'rate', metric: 'cash', rate: '0.005' },
      ],
      cap: '20000',
    },
    periods: months,
    payees: Array.from({ length: payees }, (_, i) => ({
      id: `payee-${i}`,
      quota: { revenue: '120000', margin: '36000' },
    })),
    credits: Array.from({ length: 20_000 }, (_, i) => ({
      id: `c${i}`,
      payee: `payee-${i % payees}`,
      date: `${months[i % 12]}-15`,
      metric: ['revenue', 'margin', 'cash'][i % 3],
      amount: '12345.67',
    })),
  });
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
    // The English reason for API clients; the code and params for a client to translate.
    expect(res.body.errors).toEqual([
      {
        field: 'periods[1]',
        reason: '"2027-03" does not follow "2027-01": periods must be ascending and consecutive',
        code: 'plan_period_gap',
        params: { value: '2027-03', previous: '2027-01' },
      },
      {
        field: 'credits[0].payee',
        reason: 'unknown payee "ghost"',
        code: 'plan_unknown_payee',
        params: { payee: 'ghost' },
      },
      {
        field: 'credits[3].amount',
        reason: '"12x" is not a decimal number',
        code: 'plan_decimal',
        params: { value: '"12x"' },
      },
    ]);
  });

  it('400s text that is not JSON, and an empty body', async () => {
    const bad = await simulate(tokens.manager, '{\n  "plan": {\n    "id" 1');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('$');
    expect(bad.body.errors[0].reason).toMatch(/^not valid JSON/);
    expect(bad.body.errors[0].code).toBe('plan_json');
    // Where, as an editor counts: the missing colon on line 3.
    expect(bad.body.errors[0].params).toMatchObject({ line: 3, column: 10 });
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

describe('POST /api/compensation/simulate within its limits', () => {
  const simulate = (body: string) =>
    api()
      .post('/api/compensation/simulate')
      .set('Content-Type', 'application/json')
      .set(bearer(tokens.manager))
      .send(body);

  it('answers /api/health within 200 ms (95% of the time, never near a second) throughout the largest allowed simulation', async () => {
    const body = largestDocument(1666);
    const health: number[] = [];
    let done = false;
    const poll = (async () => {
      while (!done) {
        const started = performance.now();
        const res = await fetch(`${process.env['CADRE_E2E_API_URL']}/api/health`);
        expect(res.status).toBe(200);
        health.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    // Read as bytes while polling: parsing 40 MB of JSON here would stall this process's
    // own clock, not the server's.
    const res = await fetch(`${process.env['CADRE_E2E_API_URL']}/api/compensation/simulate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(tokens.manager) },
      body,
    });
    const bytes = await res.arrayBuffer().finally(() => (done = true));
    await poll;
    expect(res.status).toBe(200);
    expect(bytes.byteLength).toBeGreaterThan(30 * 1024 * 1024);
    expect(JSON.parse(Buffer.from(bytes).toString('utf8')).statements).toHaveLength(19_992);
    expect(health.length).toBeGreaterThan(5);
    // A simulation on the server's main thread would hold every answer for seconds. On two
    // busy cores a single answer now and then (a collection pause, the 40 MB reply being
    // written) can pass 200 ms, so: 95% under 200 ms, and none near a second.
    const sorted = [...health].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(200);
    expect(sorted.at(-1)).toBeLessThan(1000);
  }, 60_000);

  it('422s a run past a limit, naming the limit and by how much, before computing it', async () => {
    const res = await simulate(largestDocument(1667));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'limit_exceeded',
      limit: 'statements',
      message: expect.stringContaining('20,004 statements (payees × periods); at most 20,000 are allowed'),
    });
  });

  it('answers an anonymous upload 401 at once, without reading the body it announced', async () => {
    const url = new URL(`${process.env['CADRE_E2E_API_URL']}/api/compensation/simulate`);
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(19 * 1024 * 1024) },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      // Only the first 64 KB of the announced 19 MB: the answer must not wait for the rest.
      req.write('{"credits":[' + ' '.repeat(64 * 1024));
    });
    expect(status).toBe(401);
    expect(Date.now() - started).toBeLessThan(2_000);
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
