import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  completeCalendarQuarters,
  createEmployee,
  createRoleProfile,
  createUser,
  type RoleProfileRow,
  type TestOrganisation,
} from '@cadre/api/testing';
import {
  api,
  bearer,
  connectDatabase,
  organisationWithTokens,
  tokenFor,
  type RoleTokens,
} from './support/api';

interface FieldProblem {
  field: string;
  code: string;
}
const problems = (body: { errors?: FieldProblem[] }) =>
  (body.errors ?? []).map((e) => `${e.field} ${e.code}`);

const todayIso = () => new Date().toISOString().slice(0, 10);
const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

/**
 * Careers over HTTP: tracks, readiness explained, assessments, development plans and
 * promotions from nomination to the effective date, with every refusal changing nothing.
 */
describe('careers: tracks, readiness, assessments, plans and promotions', () => {
  let db: DataSource;
  let tokens: RoleTokens;
  let org: TestOrganisation;
  let director: { employeeId: string; token: string };
  let finance: string;
  let metric: string;
  let junior: RoleProfileRow;
  let senior: RoleProfileRow;
  let principal: RoleProfileRow;
  const levels: Record<'junior' | 'senior' | 'principal' | 'lead', string> = {
    junior: randomUUID(),
    senior: randomUUID(),
    principal: randomUUID(),
    lead: randomUUID(),
  };
  const quarters = completeCalendarQuarters(3);

  const get = (token: string, path: string) => api().get(`/api/careers${path}`).set(bearer(token));
  const post = (token: string, path: string, body: object = {}) =>
    api().post(`/api/careers${path}`).set(bearer(token)).send(body);
  const put = (token: string, path: string, body: object) =>
    api().put(`/api/careers${path}`).set(bearer(token)).send(body);
  const count = async (sql: string, params: unknown[] = []) =>
    ((await db.query(sql, params)) as { n: number }[])[0]?.n ?? 0;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
    // The manager's own manager approves what HR has reviewed.
    const directorEmployee = await createEmployee(db, {
      orgUnitId: org.region.id,
      jobTitle: 'Regional Director',
    });
    const directorUser = await createUser(db, { roles: ['manager'], employeeId: directorEmployee.id });
    director = { employeeId: directorEmployee.id, token: await tokenFor(directorUser.email) };
    await db.query('update employees set manager_id = $1 where id = $2', [
      directorEmployee.id,
      org.manager.employee.id,
    ]);
    // The director runs the region: their part of the organisation is both teams.
    await db.query('update org_units set manager_id = $1 where id = $2', [
      directorEmployee.id,
      org.region.id,
    ]);
    finance = await tokenFor((await createUser(db, { roles: ['finance'] })).email);

    junior = await createRoleProfile(db);
    senior = await createRoleProfile(db, [
      { targetLevel: 4, weight: '3', mustHave: true },
      { targetLevel: 3, weight: '1', mustHave: false },
    ]);
    principal = await createRoleProfile(db, [{ targetLevel: 5, weight: '1', mustHave: true }]);
    const lead = await createRoleProfile(db, [{ targetLevel: 4, weight: '1', mustHave: true }]);

    metric = `career_rev_${randomUUID().slice(0, 8)}`;
    await api()
      .post('/api/performance/metrics')
      .set(bearer(tokens.hr))
      .send({
        code: metric,
        nameEn: 'Revenue',
        nameZh: '收入',
        unit: 'money',
        currency: 'CNY',
        aggregation: 'sum',
        higherIsBetter: true,
      })
      .expect(201);
    for (const year of new Set(quarters.map((q) => Number(q.key.slice(0, 4)))))
      await api()
        .post('/api/performance/calendar/years')
        .set(bearer(tokens.hr))
        .send({ fiscalYear: year })
        .expect(200);

    // Two tracks of this suite's own: junior → senior → principal, and a lead level senior may move to.
    const expert = randomUUID();
    const management = randomUUID();
    await db.query(
      `insert into career_tracks (id, code, kind, name_en, name_zh, position)
       values ($1, $2, 'expert', 'Expert track', '专家通道', 1), ($3, $4, 'management', 'Management track', '管理通道', 2)`,
      [expert, `expert-${expert.slice(0, 8)}`, management, `management-${management.slice(0, 8)}`],
    );
    await db.query(
      `insert into career_levels (id, track_id, rank, role_profile_id) values
         ($1, $5, 1, $6), ($2, $5, 2, $7), ($3, $5, 3, $8), ($4, $9, 1, $10)`,
      [
        levels.junior,
        levels.senior,
        levels.principal,
        levels.lead,
        expert,
        junior.id,
        senior.id,
        principal.id,
        management,
        lead.id,
      ],
    );
    const terms = (level: string, months: number, certifications: string[], results: object[]) =>
      db.query(
        `insert into career_level_versions (level_id, version, responsibilities_en, responsibilities_zh, certifications,
                                            min_months_in_previous_level, results)
         values ($1, 1, 'Sells', '销售', $2, $3, $4)`,
        [level, certifications, months, JSON.stringify(results)],
      );
    await terms(levels.junior, 0, [], []);
    await terms(levels.senior, 12, [], [{ metric, minAttainment: '1.00', quarters: 2, ofQuarters: 3 }]);
    await terms(levels.principal, 24, ['NEVER-HELD'], []);
    await terms(levels.lead, 12, [], []);
    await db.query(`insert into career_level_moves (from_level_id, to_level_id) values ($1, $2)`, [
      levels.senior,
      levels.lead,
    ]);
    await db.query(
      `insert into career_positions (employee_id, level_id, starts_on, source) values ($1, $3, $4, 'placed'), ($2, $3, $4, 'placed')`,
      [org.rep.employee.id, org.otherRep.employee.id, levels.junior, monthsAgo(24)],
    );
    // The rep's last three quarters, newest first: 120%, 50%, 100% of target.
    const metricId = (
      (await db.query(`select id from metrics where code = $1`, [metric])) as { id: string }[]
    )[0]?.id;
    for (const [i, q] of quarters.entries()) {
      const actual = ['120.00', '50.00', '100.00'][i];
      await db.query(
        `insert into credited_totals (employee_id, metric_id, month, amount, weight, counted, overlay_amount, overlay_weight, overlay_counted)
         values ($1, $2, $3, $4, 1, 1, 0, 0, 0)`,
        [org.rep.employee.id, metricId, q.starts, actual],
      );
      await db.query(
        `insert into targets (metric_id, period_id, employee_id, value) select $1, id, $2, 100 from fiscal_periods where key = $3`,
        [metricId, org.rep.employee.id, q.key],
      );
    }
  }, 60_000);
  afterAll(() => db.destroy());

  it('shows a rep their path and their readiness for the next level, every part explained', async () => {
    const me = await get(tokens.rep, '/me').expect(200);
    expect(me.body.position).toMatchObject({ levelId: levels.junior, endsOn: null });
    expect(me.body.nextLevelIds).toEqual([levels.senior]);
    const r = me.body.readiness;
    expect(r.levelId).toBe(levels.senior);
    // No evidence yet (0); nothing to certify (1); 24 of 12 months (1); 2 of 3 quarters at 100% (1).
    expect(r.percent).toBe('75.0');
    expect(r.partsMet).toBe(3);
    expect(r.parts.competencies.items.map((i: { level: number | null }) => i.level)).toEqual([null, null]);
    expect(r.parts.time).toMatchObject({ months: 24, required: 12, met: true });
    expect(r.parts.results.thresholds[0].window).toEqual([
      { period: quarters[0]?.key, attainment: '1.2', met: true },
      { period: quarters[1]?.key, attainment: '0.5', met: false },
      { period: quarters[2]?.key, attainment: '1', met: true },
    ]);
    // Any level they pick, with what it asks.
    const picked = await get(tokens.rep, `/me?levelId=${levels.principal}`).expect(200);
    expect(picked.body.readiness.parts.certifications).toMatchObject({ met: false, missing: ['NEVER-HELD'] });
    await get(tokens.rep, `/me?levelId=${randomUUID()}`).expect(400);
  });

  it('places someone never placed (a new hire) at the level that is their role profile, from their hire date', async () => {
    const hire = await createEmployee(db, {
      orgUnitId: org.myTeam.id,
      managerId: org.manager.employee.id,
      hireDate: monthsAgo(3),
    });
    await db.query('update employees set role_profile_id = $1 where id = $2', [junior.id, hire.id]);
    const career = (await get(tokens.manager, `/people/${hire.id}`).expect(200)).body;
    expect(career.position).toMatchObject({
      levelId: levels.junior,
      startsOn: monthsAgo(3),
      source: 'role_profile',
    });
    expect(career.history).toHaveLength(1);
    expect(career.readiness.parts.time).toMatchObject({ months: 3, met: false });
    // Nothing is written until the position changes.
    expect(
      await count(`select count(*)::int as n from career_positions where employee_id = $1`, [hire.id]),
    ).toBe(0);
  });

  it('lets a rep read only their own career; a manager their subtree; HR anyone', async () => {
    await get(tokens.rep, `/people/${org.otherRep.employee.id}`).expect(403);
    await get(tokens.manager, `/people/${org.rep.employee.id}`).expect(200);
    await get(tokens.manager, `/people/${org.otherRep.employee.id}`).expect(403);
    await get(tokens.hr, `/people/${org.otherRep.employee.id}`).expect(200);
    await get(tokens.rep, '/team').expect(403);
    await get(tokens.rep, `/people/${randomUUID()}`).expect(404);
  });

  it('runs an assessment: each side hidden until both rate, flags a gap of two, agreed levels become evidence', async () => {
    await post(tokens.manager, '/assessment-cycles', { name: 'Mid-year', dueOn: todayIso() }).expect(403);
    await post(tokens.hr, '/assessment-cycles', { name: 'Mid-year', dueOn: '2020-01-01' }).expect(400);
    const cycle = await post(tokens.hr, '/assessment-cycles', { name: 'Mid-year', dueOn: todayIso() }).expect(
      201,
    );
    expect(cycle.body.assessments).toBeGreaterThanOrEqual(2);
    // One cycle at a time: a second would hide the first's ratings in progress.
    const second = await post(tokens.hr, '/assessment-cycles', { name: 'Another', dueOn: todayIso() }).expect(
      409,
    );
    expect(second.body.code).toBe('cycle_open');
    const assessment = (await get(tokens.rep, '/me').expect(200)).body.assessment;
    expect(assessment).toMatchObject({ status: 'open', cycleName: 'Mid-year' });
    const [a, b, c] = junior.competencies;
    const rate = (level: number) => [
      { competencyId: a?.id, level, evidence: 'Two renewals' },
      { competencyId: b?.id, level: 3, evidence: 'Deal reviews' },
      { competencyId: c?.id, level: 3, evidence: 'Customer visits' },
    ];
    // The manager first; the rep does not see it yet.
    await put(tokens.manager, `/assessments/${assessment.id}/manager`, { ratings: rate(4) }).expect(200);
    const hidden = await get(tokens.rep, `/assessments/${assessment.id}`).expect(200);
    expect(hidden.body.ratings.every((r: { managerLevel: number | null }) => r.managerLevel === null)).toBe(
      true,
    );
    // One competency short, or one not of the level: refused whole.
    const short = await put(tokens.rep, `/assessments/${assessment.id}/self`, {
      ratings: rate(2).slice(0, 2),
    }).expect(400);
    expect(problems(short.body)).toEqual(['ratings not_rated']);
    const stranger = await put(tokens.rep, `/assessments/${assessment.id}/self`, {
      ratings: [
        ...rate(2).slice(0, 2),
        { competencyId: senior.competencies[0]?.id, level: 2, evidence: 'x' },
      ],
    }).expect(400);
    expect(problems(stranger.body)).toEqual(['ratings[2].competencyId not_in_level']);
    expect((await get(tokens.rep, `/assessments/${assessment.id}`)).body.status).toBe('manager_done');
    const both = await put(tokens.rep, `/assessments/${assessment.id}/self`, { ratings: rate(2) }).expect(
      200,
    );
    expect(both.body.status).toBe('both_done');
    expect(both.body.ratings[0]).toMatchObject({ selfLevel: 2, managerLevel: 4, flagged: true });
    // Nobody rates themselves as a manager, nor someone outside their subtree.
    const otherAssessment = (await get(tokens.hr, `/people/${org.otherRep.employee.id}`)).body.assessment;
    await put(tokens.manager, `/assessments/${otherAssessment.id}/manager`, { ratings: rate(3) }).expect(403);
    await put(tokens.rep, `/assessments/${assessment.id}/manager`, { ratings: rate(3) }).expect(403);
    // Agreed: levels recorded as evidence, once.
    const agreed = [
      { competencyId: a?.id, level: 3 },
      { competencyId: b?.id, level: 3 },
      { competencyId: c?.id, level: 3 },
    ];
    await post(tokens.rep, `/assessments/${assessment.id}/agree`, { ratings: agreed }).expect(403);
    await post(tokens.manager, `/assessments/${assessment.id}/agree`, { ratings: agreed }).expect(200);
    await post(tokens.manager, `/assessments/${assessment.id}/agree`, { ratings: agreed }).expect(409);
    expect(
      await count(
        `select count(*)::int as n from competency_evidence where employee_id = $1 and source_kind = 'assessment'`,
        [org.rep.employee.id],
      ),
    ).toBe(3);
    const calibration = await get(tokens.hr, `/calibration?cycleId=${cycle.body.id}`).expect(200);
    const mine = calibration.body.find((row: { orgUnitId: string }) => row.orgUnitId === org.myTeam.id);
    expect(mine).toMatchObject({ agreed: 1, flagged: 1, distribution: [0, 0, 3, 0, 0], meanAgreed: '3.00' });
    await get(tokens.manager, `/calibration?cycleId=${cycle.body.id}`).expect(403);
  });

  it('creates a development plan in one click: a gap per competency short of the level, once however often', async () => {
    await post(tokens.rep, `/people/${org.otherRep.employee.id}/development-plan`).expect(403);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post(tokens.rep, `/people/${org.rep.employee.id}/development-plan`)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    // Senior asks 4 and 3 of two competencies the rep has no evidence of: two gaps.
    const plan = (await get(tokens.rep, '/me')).body.plan;
    expect(plan).toHaveLength(2);
    expect(plan.map((i: { targetLevel: number }) => i.targetLevel).sort()).toEqual([3, 4]);
    expect(
      await count(`select count(*)::int as n from development_plan_items where employee_id = $1`, [
        org.rep.employee.id,
      ]),
    ).toBe(2);
  });

  it('refuses self-nomination, a skipped level, someone outside the subtree and a missing justification', async () => {
    const before = await count(`select count(*)::int as n from promotions`);
    await post(tokens.rep, '/promotions', {
      employeeId: org.rep.employee.id,
      toLevelId: levels.senior,
    }).expect(403);
    await post(tokens.manager, '/promotions', {
      employeeId: org.manager.employee.id,
      toLevelId: levels.senior,
    }).expect(403);
    await post(tokens.manager, '/promotions', {
      employeeId: org.otherRep.employee.id,
      toLevelId: levels.senior,
    }).expect(403);
    const skip = await post(tokens.manager, '/promotions', {
      employeeId: org.rep.employee.id,
      toLevelId: levels.principal,
      justification: 'Exceptional',
    }).expect(400);
    expect(problems(skip.body)).toEqual(['toLevelId skips_level']);
    const unjustified = await post(tokens.manager, '/promotions', {
      employeeId: org.rep.employee.id,
      toLevelId: levels.senior,
    }).expect(400);
    expect(problems(unjustified.body)).toEqual(['justification reason_required']);
    expect(await count(`select count(*)::int as n from promotions`)).toBe(before);
  });

  it('takes a promotion from nomination through HR and the next-level manager to its effective date, once', async () => {
    const nomination = await post(tokens.manager, '/promotions', {
      employeeId: org.rep.employee.id,
      toLevelId: levels.senior,
      justification: 'Carried the region this half',
    }).expect(201);
    expect(nomination.body).toMatchObject({ status: 'awaiting_hr', actions: [] });
    expect(nomination.body.readiness.levelId).toBe(levels.senior);
    await post(tokens.manager, '/promotions', {
      employeeId: org.rep.employee.id,
      toLevelId: levels.senior,
      justification: 'Again',
    }).expect(409);
    const id = nomination.body.id as string;
    // The rep does not see their nomination before it is decided.
    expect(
      (await get(tokens.rep, '/promotions').expect(200)).body.map((p: { id: string }) => p.id),
    ).not.toContain(id);
    // Only HR reviews; nobody approves before (it is not awaiting approval yet).
    await post(director.token, `/promotions/${id}/approve`, { effectiveOn: todayIso() }).expect(409);
    await post(tokens.manager, `/promotions/${id}/review`, {}).expect(403);
    const reviewed = await post(tokens.hr, `/promotions/${id}/review`, { note: 'Calibrated' }).expect(200);
    expect(reviewed.body).toMatchObject({ status: 'awaiting_approval', hrNote: 'Calibrated' });
    // The nominator never approves their own nomination; the director does, from today.
    await post(tokens.manager, `/promotions/${id}/approve`, { effectiveOn: todayIso() }).expect(403);
    await post(director.token, `/promotions/${id}/approve`, { effectiveOn: '2020-01-01' }).expect(400);
    const queue = (await get(director.token, '/promotions').expect(200)).body;
    expect(queue.find((p: { id: string }) => p.id === id)?.actions).toEqual(['approve', 'reject']);
    const approved = await post(director.token, `/promotions/${id}/approve`, {
      effectiveOn: todayIso(),
    }).expect(200);
    expect(approved.body.status).toBe('effective');
    await post(director.token, `/promotions/${id}/approve`, { effectiveOn: todayIso() }).expect(409);

    const me = (await get(tokens.rep, '/me').expect(200)).body;
    expect(me.position).toMatchObject({ levelId: levels.senior, startsOn: todayIso(), source: 'promotion' });
    expect(me.history).toHaveLength(2);
    expect(me.nextLevelIds).toEqual([levels.principal, levels.lead]);
    const [employee] = await db.query(
      `select role_profile_id as "roleProfileId" from employees where id = $1`,
      [org.rep.employee.id],
    );
    expect(employee.roleProfileId).toBe(senior.id);
    expect(
      await count(
        `select count(*)::int as n from plan_assignment_proposals where source_kind = 'promotion' and source_id = $1`,
        [id],
      ),
    ).toBe(1);

    // Finance confirms or dismisses what the promotion proposes.
    await api().get('/api/compensation/assignments/proposals').set(bearer(tokens.manager)).expect(403);
    const proposals = await api()
      .get('/api/compensation/assignments/proposals?status=open')
      .set(bearer(finance))
      .expect(200);
    const proposal = proposals.body.find((p: { employeeId: string }) => p.employeeId === org.rep.employee.id);
    expect(proposal).toMatchObject({ startsOn: todayIso(), status: 'open' });
    await api()
      .post(`/api/compensation/assignments/proposals/${proposal.id}/dismiss`)
      .set(bearer(finance))
      .expect(200);
    await api()
      .post(`/api/compensation/assignments/proposals/${proposal.id}/dismiss`)
      .set(bearer(finance))
      .expect(409);
    await api()
      .post(`/api/compensation/assignments/proposals/${proposal.id}/confirm`)
      .set(bearer(finance))
      .send({ planId: randomUUID() })
      .expect(409);
    await api()
      .post(`/api/compensation/assignments/proposals/${randomUUID()}/confirm`)
      .set(bearer(finance))
      .send({ planId: randomUUID() })
      .expect(404);
    await api()
      .post(`/api/compensation/assignments/proposals/${proposal.id}/confirm`)
      .set(bearer(finance))
      .send({ planId: 'not-an-id' })
      .expect(400);
  });

  it('passes a director’s nomination of a grand-report above the director, never back to the nominator', async () => {
    const grand = await createEmployee(db, { orgUnitId: org.myTeam.id, managerId: org.manager.employee.id });
    await db.query('update employees set role_profile_id = $1 where id = $2', [junior.id, grand.id]);
    const nominated = await post(director.token, '/promotions', {
      employeeId: grand.id,
      toLevelId: levels.senior,
      justification: 'Seen at the regional review',
    });
    expect(nominated.status).toBe(201);
    const reviewed = await post(tokens.hr, `/promotions/${nominated.body.id}/review`, {}).expect(200);
    // Nobody sits above the director here: an admin approves; HR may still withdraw it.
    expect(reviewed.body).toMatchObject({
      status: 'awaiting_approval',
      approverName: null,
      actions: ['reject'],
    });
    const asDirector = (await get(director.token, '/promotions')).body.find(
      (p: { id: string }) => p.id === nominated.body.id,
    );
    expect(asDirector.actions).toEqual([]);
    const asAdmin = (await get(tokens.admin, '/promotions')).body.find(
      (p: { id: string }) => p.id === nominated.body.id,
    );
    expect(asAdmin.actions).toEqual(['approve', 'reject']);
    const rejected = await post(tokens.hr, `/promotions/${nominated.body.id}/reject`, {
      reason: 'Next cycle',
    }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Next cycle' });
    expect(
      await count(
        `select count(*)::int as n from notifications n join users u on u.id = n.user_id
          where n.kind = 'careers.promotion_rejected' and u.id = (select user_id from employees where id = $1)`,
        [director.employeeId],
      ),
    ).toBe(1);
  });

  it('lets HR edit a level as a new version, refusing unknown metrics and impossible windows', async () => {
    const body = {
      responsibilities: { en: 'Leads', zh: '带领' },
      certifications: [],
      minMonthsInPreviousLevel: 18,
      results: [{ metric, minAttainment: '1.00', quarters: 3, ofQuarters: 2 }],
    };
    await put(tokens.rep, `/levels/${levels.lead}`, body).expect(403);
    const bad = await put(tokens.hr, `/levels/${levels.lead}`, {
      ...body,
      certifications: ['NOPE-999'],
      results: [
        { metric: 'no_such_metric', minAttainment: '1.00', quarters: 3, ofQuarters: 2 },
        { metric, minAttainment: '1.00', quarters: 1, ofQuarters: 2 },
        { metric, minAttainment: '1.10', quarters: 1, ofQuarters: 2 },
      ],
    }).expect(400);
    expect(problems(bad.body)).toEqual([
      'certifications[0] unknown_certification',
      'results[0].metric plan_metric',
      'results[0].quarters too_large',
      'results[2].metric listed_twice',
    ]);
    const ok = await put(tokens.hr, `/levels/${levels.lead}`, {
      ...body,
      results: [{ metric, minAttainment: '1.00', quarters: 2, ofQuarters: 3 }],
    }).expect(200);
    const lead = ok.body
      .flatMap((t: { levels: { id: string }[] }) => t.levels)
      .find((l: { id: string }) => l.id === levels.lead);
    expect(lead).toMatchObject({ version: 2, minMonthsInPreviousLevel: 18 });
    // The same terms again make no new version.
    const again = await put(tokens.hr, `/levels/${levels.lead}`, {
      ...body,
      results: [{ metric, minAttainment: '1.00', quarters: 2, ofQuarters: 3 }],
    }).expect(200);
    expect(
      again.body
        .flatMap((t: { levels: { id: string; version: number }[] }) => t.levels)
        .find((l: { id: string }) => l.id === levels.lead)?.version,
    ).toBe(2);
    await put(tokens.hr, `/levels/${randomUUID()}`, { ...body, results: [] }).expect(404);
  });

  it('lets HR place someone on a level or credit earlier experience, and add a level with its moves', async () => {
    const path = `/people/${org.otherRep.employee.id}/position`;
    await put(tokens.manager, path, {
      levelId: levels.junior,
      startsOn: monthsAgo(30),
      credited: true,
    }).expect(403);
    // Credited: the same level, counted from earlier.
    const credited = await put(tokens.hr, path, {
      levelId: levels.junior,
      startsOn: monthsAgo(30),
      credited: true,
    }).expect(200);
    expect(credited.body.position).toMatchObject({
      levelId: levels.junior,
      startsOn: monthsAgo(30),
      source: 'credited',
    });
    expect(credited.body.history).toHaveLength(1);
    const later = await put(tokens.hr, path, {
      levelId: levels.junior,
      startsOn: monthsAgo(1),
      credited: true,
    }).expect(400);
    expect(problems(later.body)).toEqual(['startsOn too_large']);
    const future = await put(tokens.hr, path, {
      levelId: levels.lead,
      startsOn: '2999-01-01',
      credited: false,
    }).expect(400);
    expect(problems(future.body)).toEqual(['startsOn too_large']);
    // Placed: another level from today, the role profile with it.
    const placed = await put(tokens.hr, path, {
      levelId: levels.lead,
      startsOn: todayIso(),
      credited: false,
    }).expect(200);
    expect(placed.body.position).toMatchObject({ levelId: levels.lead, source: 'placed' });
    expect(placed.body.history).toHaveLength(2);
    const [employee] = await db.query(
      `select role_profile_id as "roleProfileId" from employees where id = $1`,
      [org.otherRep.employee.id],
    );
    expect(employee.roleProfileId).not.toBe(junior.id);

    // A new level at the top of the expert track, with a move to the management track.
    const tracks = (await get(tokens.hr, '/tracks').expect(200)).body as {
      id: string;
      levels: { id: string }[];
    }[];
    const expert = tracks.find((t) => t.levels.some((l) => l.id === levels.junior));
    const profile = await createRoleProfile(db);
    const terms = {
      responsibilities: { en: 'Sets the standard', zh: '树立标准' },
      certifications: [],
      minMonthsInPreviousLevel: 24,
      results: [],
    };
    await post(tokens.manager, `/tracks/${expert?.id}/levels`, {
      ...terms,
      roleProfileId: profile.id,
    }).expect(403);
    const sameTrack = await post(tokens.hr, `/tracks/${expert?.id}/levels`, {
      ...terms,
      roleProfileId: profile.id,
      movesTo: [levels.junior],
    }).expect(400);
    expect(problems(sameTrack.body)).toEqual(['movesTo[0] one_of']);
    const added = await post(tokens.hr, `/tracks/${expert?.id}/levels`, {
      ...terms,
      roleProfileId: profile.id,
      movesTo: [levels.lead],
    }).expect(201);
    const level = added.body
      .flatMap((t: { levels: { roleProfileId: string }[] }) => t.levels)
      .find((l: { roleProfileId: string }) => l.roleProfileId === profile.id);
    expect(level).toMatchObject({ rank: 4, version: 1, movesTo: [levels.lead] });
    await post(tokens.hr, `/tracks/${expert?.id}/levels`, { ...terms, roleProfileId: profile.id }).expect(
      409,
    );
  });

  it('gives a manager their team’s readiness and HR any unit’s, never the whole company at once', async () => {
    const team = await get(tokens.manager, '/team').expect(200);
    const rep = team.body.find((r: { employeeId: string }) => r.employeeId === org.rep.employee.id);
    expect(rep).toMatchObject({ levelId: levels.senior, nextLevelId: levels.principal });
    expect(team.body.map((r: { employeeId: string }) => r.employeeId)).not.toContain(
      org.otherRep.employee.id,
    );
    await get(tokens.hr, '/talent').expect(400);
    const unit = await get(tokens.hr, `/talent?orgUnitId=${org.otherTeam.id}`).expect(200);
    expect(unit.body.map((r: { employeeId: string }) => r.employeeId)).toEqual([org.otherRep.employee.id]);
    await get(tokens.manager, `/team?orgUnitId=${org.otherTeam.id}`).expect(403);
  });
});
