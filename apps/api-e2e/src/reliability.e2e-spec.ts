import type { DataSource } from 'typeorm';
import { createRoleProfile, type RoleProfileRow, type TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

/**
 * The server under a burst of writes: every request must finish (created, or a clean
 * 409 for a duplicate) and the health route must keep answering. Before the pool and
 * transaction fixes, 40 parallel candidate creations hung the whole API.
 */
describe('reliability under parallel writes', () => {
  let db: DataSource;
  let org: TestOrganisation;
  let tokens: RoleTokens;
  let profile: RoleProfileRow;
  const PARALLEL = 100;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
    profile = await createRoleProfile(db);
  });
  afterAll(() => db.destroy());

  /** Polls /api/health while `work` runs; returns every health answer's status and time. */
  async function whileHealthChecked<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; health: { status: number; ms: number }[] }> {
    const health: { status: number; ms: number }[] = [];
    let done = false;
    const poll = (async () => {
      while (!done) {
        const started = Date.now();
        const res = await fetch(`${process.env['CADRE_E2E_API_URL']}/api/health`, {
          signal: AbortSignal.timeout(10_000),
        }).catch(() => null);
        health.push({ status: res?.status ?? 0, ms: Date.now() - started });
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      return { result: await work(), health };
    } finally {
      done = true;
      await poll;
    }
  }

  const expectHealthy = (health: { status: number; ms: number }[]) => {
    expect(health.length).toBeGreaterThan(0);
    expect(health.filter((h) => h.status !== 200)).toEqual([]);
  };

  it('creates 100 candidates at once (a third of them duplicates): each 201 or 409, health answering throughout', async () => {
    const stamp = Date.now();
    const { result, health } = await whileHealthChecked(() =>
      Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          api()
            .post('/api/candidates')
            .set(bearer(tokens.hr))
            // Every third request repeats the email of the one before it.
            .send({
              fullName: `Parallel ${i}`,
              email: `parallel-${stamp}-${i % 3 === 2 ? i - 1 : i}@example.test`,
              source: 'referral',
              yearsExperience: '3',
            })
            .then((res) => res.status),
        ),
      ),
    );
    expect(result.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    const created = result.filter((s) => s === 201).length;
    const [{ count }] = (await db.query(`select count(*)::int as count from candidates where email like $1`, [
      `parallel-${stamp}-%`,
    ])) as { count: number }[];
    expect(count).toBe(created);
    // 100 requests name 67 distinct emails: exactly one creation each.
    expect(created).toBe(67);
    expectHealthy(health);
  });

  it('creates 100 requisitions at once, each 201', async () => {
    const { result, health } = await whileHealthChecked(() =>
      Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          api()
            .post('/api/requisitions')
            .set(bearer(tokens.hr))
            .send({
              title: `Parallel requisition ${i}`,
              roleProfileId: profile.id,
              orgUnitId: org.myTeam.id,
              hiringManagerId: org.manager.employee.id,
              headcount: 1,
              status: 'open',
            })
            .then((res) => res.status),
        ),
      ),
    );
    expect(result.filter((s) => s !== 201)).toEqual([]);
    expectHealthy(health);
  });

  it('takes 100 scorecard submissions at once from two interviewers: each 200, one scorecard each', async () => {
    const requisition = await api().post('/api/requisitions').set(bearer(tokens.hr)).send({
      title: 'Scorecard burst',
      roleProfileId: profile.id,
      orgUnitId: org.myTeam.id,
      hiringManagerId: org.manager.employee.id,
      headcount: 1,
      status: 'open',
    });
    const candidate = await api()
      .post('/api/candidates')
      .set(bearer(tokens.hr))
      .send({
        fullName: 'Burst Candidate',
        email: `burst-${Date.now()}@example.test`,
        source: 'referral',
        yearsExperience: '3',
      });
    const application = await api()
      .post('/api/applications')
      .set(bearer(tokens.hr))
      .send({ requisitionId: requisition.body.id, candidateId: candidate.body.id });
    expect(application.status).toBe(201);
    for (const userId of [org.hr.user.id, org.manager.user.id]) {
      const added = await api()
        .post(`/api/applications/${application.body.id}/interviewers`)
        .set(bearer(tokens.hr))
        .send({ userId });
      expect(added.status).toBe(201);
    }
    const ratings = profile.competencies.map((c) => ({ competencyId: c.id, rating: 3, evidence: 'Burst' }));
    const { result, health } = await whileHealthChecked(() =>
      Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          api()
            .put(`/api/applications/${application.body.id}/scorecard`)
            .set(bearer(i % 2 ? tokens.hr : tokens.manager))
            .send({ recommendation: 'yes', summary: `Take ${i}`, ratings })
            .then((res) => res.status),
        ),
      ),
    );
    expect(result.filter((s) => s !== 200)).toEqual([]);
    const [{ count }] = (await db.query(
      `select count(*)::int as count from scorecards where application_id = $1`,
      [application.body.id],
    )) as { count: number }[];
    expect(count).toBe(2);
    expectHealthy(health);
  });
});
