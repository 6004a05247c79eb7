import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createEmployee, createRoleProfile, createUser, type TestOrganisation } from '@cadre/api/testing';
import { basisKeyOf, Decimal, evaluate, validateDocument } from '@cadre/compensation/engine';
import type {
  PayEstimateInputsDto,
  PlanWhatIfDto,
  RunDto,
  StatementLineCreditsDto,
  StatementQueueDto,
  StatementDto,
  StatementSummaryDto,
} from '@cadre/shared/contracts';
import {
  api,
  bearer,
  connectDatabase,
  organisationWithTokens,
  tokenFor,
  type RoleTokens,
} from './support/api';

const tag = () => randomBytes(3).toString('hex');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Commission operations over HTTP: a stored plan assigned with quotas, a run over the
 * credits performance holds (calculated by the server's worker process), and the
 * statements' approvals: manager, then finance, never one's own, never the same person twice.
 */
describe('commission operations: plans, assignments, runs and approvals', () => {
  let db: DataSource;
  let tokens: RoleTokens;
  let org: TestOrganisation;
  let finance: string;
  let revenue: string;
  // A month of its own, so that no other file's runs meet this one's.
  const year = 2024;
  const month = `${year}-03`;
  let planId: string;

  const plan = () => ({
    id: 'e2e',
    name: `E2E plan ${tag()}`,
    currency: 'CNY',
    period: 'month',
    components: [
      {
        id: 'rev',
        type: 'tiered',
        metric: revenue,
        basis: 'attainment',
        mode: 'marginal',
        tiers: [
          { upTo: '1', rate: '0.05' },
          { upTo: null, rate: '0.08' },
        ],
      },
      {
        id: 'beta',
        name: 'Beta SPIF',
        type: 'rate',
        metric: revenue,
        rate: '0.01',
        filter: { product: 'Beta' },
      },
    ],
  });
  const finished = async (id: string): Promise<RunDto> => {
    for (let i = 0; i < 300; i++) {
      const res = await api().get(`/api/compensation/runs/${id}`).set(bearer(finance)).expect(200);
      if (['succeeded', 'failed'].includes(res.body.status)) return res.body;
      await wait(100);
    }
    throw new Error('the run did not finish');
  };
  const statementOf = async (token: string, employeeId: string): Promise<StatementSummaryDto | undefined> => {
    const res = await api()
      .get('/api/compensation/statements')
      .query({ period: month })
      .set(bearer(token))
      .expect(200);
    return (res.body as StatementSummaryDto[]).find((s) => s.employeeId === employeeId);
  };

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
    const financeUser = await createUser(db, { roles: ['finance'] });
    finance = await tokenFor(financeUser.email);
    await db.query(`update employees set hire_date = '2020-01-01' where id = any($1)`, [
      [org.rep.employee.id, org.manager.employee.id, org.otherRep.employee.id],
    ]);
    revenue = `rev_${tag()}`;
    await api()
      .post('/api/performance/metrics')
      .set(bearer(tokens.hr))
      .send({
        code: revenue,
        nameEn: 'Revenue',
        nameZh: '收入',
        unit: 'money',
        currency: 'CNY',
        aggregation: 'sum',
        higherIsBetter: true,
      })
      .expect(201);
    await api()
      .post('/api/performance/calendar/years')
      .set(bearer(tokens.hr))
      .send({ fiscalYear: year })
      .expect(200);
    const deal = (externalId: string, email: string, amount: string, productLine: string) =>
      api()
        .post('/api/performance/transactions')
        .set(bearer(tokens.hr))
        .send({
          source: `e2e-${tag()}`,
          externalId,
          date: `${month}-10`,
          customer: 'Acme',
          productLine,
          values: { [revenue]: amount },
          credits: [{ employee: email, share: '1' }],
        })
        .expect(200);
    await deal('D1', org.rep.employee.email, '8000.00', 'Alpha');
    await deal('D2', org.rep.employee.email, '4000.00', 'Beta');
    await deal('D3', org.manager.employee.email, '1000.00', 'Alpha');
    await deal('D4', org.otherRep.employee.email, '5000.00', 'Alpha');
  });
  afterAll(() => db.destroy());

  it('stores a plan only when it validates, and only for finance', async () => {
    const bad = { ...plan(), components: [{ ...plan().components[0], tiers: [{ upTo: '1', rate: 'x' }] }] };
    const refused = await api()
      .post('/api/compensation/plans')
      .set(bearer(finance))
      .send({ code: `bad-${tag()}`, effectiveFrom: '2024-01-01', document: bad })
      .expect(400);
    const fields = (refused.body.errors as { field: string; code: string }[]).map(
      (e) => `${e.field} ${e.code}`,
    );
    expect(fields).toContain('document.plan.components[0].tiers[0].rate plan_decimal');
    expect(fields).toContain('document.plan.components[0].tiers[0].upTo plan_last_tier');
    const unknown = await api()
      .post('/api/compensation/plans')
      .set(bearer(finance))
      .send({
        code: `bad-${tag()}`,
        effectiveFrom: '2024-01-01',
        document: {
          ...plan(),
          components: [{ ...plan().components[1], metric: 'nothing', filter: { colour: 'red' } }],
        },
      })
      .expect(400);
    expect((unknown.body.errors as { field: string; code: string }[]).map((e) => e.code)).toEqual([
      'plan_metric',
      'plan_attribute',
    ]);
    await api()
      .post('/api/compensation/plans')
      .set(bearer(tokens.manager))
      .send({ code: `mine-${tag()}`, effectiveFrom: '2024-01-01', document: plan() })
      .expect(403);

    const code = `ae-${tag()}`;
    const created = await api()
      .post('/api/compensation/plans')
      .set(bearer(finance))
      .send({ code, effectiveFrom: '2024-01-01', document: plan() })
      .expect(201);
    planId = created.body.id;
    expect(created.body.versions).toMatchObject([{ version: 1, status: 'draft' }]);
    const published = await api()
      .post(`/api/compensation/plans/${planId}/publish`)
      .set(bearer(finance))
      .expect(200);
    expect(published.body.versions[0]).toMatchObject({ version: 1, status: 'published' });
    // Editing a published plan starts version 2; publishing it needs a later date.
    const draft = await api()
      .put(`/api/compensation/plans/${planId}/draft`)
      .set(bearer(finance))
      .send({ effectiveFrom: '2024-01-01', document: { ...plan(), cap: '50000' } })
      .expect(200);
    expect(
      draft.body.versions.map((v: { version: number; status: string }) => `${v.version} ${v.status}`),
    ).toEqual(['2 draft', '1 published']);
    await api().post(`/api/compensation/plans/${planId}/publish`).set(bearer(finance)).expect(400);
    const [{ count }] = await db.query(
      `select count(*)::int as count from commission_plans where code like 'bad-%' or code like 'mine-%'`,
    );
    expect(count).toBe(0);
  });

  it('assigns the plan with quotas, never twice on the same dates', async () => {
    const quota = (value: string) => [
      { period: month, metric: revenue, value },
      { period: `${year}-04`, metric: revenue, value },
    ];
    const assigned = await api()
      .post('/api/compensation/assignments')
      .set(bearer(finance))
      .send({
        planId,
        employeeIds: [org.rep.employee.id],
        startsOn: '2024-01-01',
        endsOn: null,
        quotas: quota('10000'),
        quotasFromTargets: null,
      })
      .expect(201);
    expect(assigned.body[0]).toMatchObject({
      employeeId: org.rep.employee.id,
      acknowledgedAt: null,
      quotas: [
        { period: month, metric: revenue, value: '10000' },
        { period: `${year}-04`, metric: revenue, value: '10000' },
      ],
    });
    await api()
      .post('/api/compensation/assignments')
      .set(bearer(finance))
      .send({
        planId,
        employeeIds: [org.manager.employee.id],
        startsOn: '2024-01-01',
        endsOn: null,
        quotas: quota('2000'),
        quotasFromTargets: null,
      })
      .expect(201);
    // No quota: the run reports the person instead of paying them on a zero quota.
    await api()
      .post('/api/compensation/assignments')
      .set(bearer(finance))
      .send({
        planId,
        employeeIds: [org.otherRep.employee.id],
        startsOn: '2024-01-01',
        endsOn: null,
        quotas: [],
        quotasFromTargets: null,
      })
      .expect(201);
    const twice = await api()
      .post('/api/compensation/assignments')
      .set(bearer(finance))
      .send({
        planId,
        employeeIds: [org.manager.employee.id, org.rep.employee.id],
        startsOn: '2024-03-01',
        endsOn: '2024-12-31',
        quotas: [],
        quotasFromTargets: null,
      })
      .expect(400);
    expect(twice.body.errors).toEqual([
      expect.objectContaining({ field: 'employeeIds[0]', code: 'overlapping' }),
      expect.objectContaining({ field: 'employeeIds[1]', code: 'overlapping' }),
    ]);
    await api()
      .post('/api/compensation/assignments')
      .set(bearer(tokens.hr))
      .send({
        planId,
        employeeIds: [org.hr.employee.id],
        startsOn: '2024-01-01',
        endsOn: null,
        quotas: [],
        quotasFromTargets: null,
      })
      .expect(403);
    const listed = await api()
      .get('/api/compensation/assignments')
      .query({ planId })
      .set(bearer(tokens.hr))
      .expect(200);
    expect(listed.body).toHaveLength(3);
  });

  it('assigns a plan to everyone on a role profile, all or none, and offers finance the choices', async () => {
    const profile = await createRoleProfile(db);
    const [a, b] = await Promise.all(
      [0, 1].map(() => createEmployee(db, { orgUnitId: org.myTeam.id, hireDate: '2020-01-01' })),
    );
    const leaver = await createEmployee(db, { orgUnitId: org.myTeam.id, status: 'left' });
    await db.query(`update employees set role_profile_id = $1 where id = any($2::uuid[])`, [
      profile.id,
      [a?.id, b?.id, leaver.id],
    ]);
    const assign = (token: string, body: Record<string, unknown>) =>
      api()
        .post('/api/compensation/assignments')
        .set(bearer(token))
        .send({
          planId,
          startsOn: '2024-08-01',
          endsOn: '2024-08-31',
          quotas: [],
          quotasFromTargets: null,
          ...body,
        });
    await assign(tokens.hr, { roleProfileId: profile.id }).expect(403);
    const both = await assign(finance, { roleProfileId: profile.id, employeeIds: [a?.id] }).expect(400);
    expect(both.body.errors[0]).toMatchObject({ field: 'employeeIds', code: 'required' });
    const unknown = await assign(finance, { roleProfileId: org.rep.employee.id }).expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'roleProfileId', code: 'no_such_record' });
    const empty = await createRoleProfile(db);
    expect((await assign(finance, { roleProfileId: empty.id }).expect(400)).body.errors[0]).toMatchObject({
      field: 'roleProfileId',
      code: 'empty_role_profile',
    });

    // The form's choices: the profile with its two active people; people by name with today's plan.
    const profiles = await api()
      .get('/api/compensation/assignments/role-profiles')
      .set(bearer(finance))
      .expect(200);
    expect(profiles.body).toContainEqual(expect.objectContaining({ id: profile.id, people: 2 }));
    await api().get('/api/compensation/assignments/role-profiles').set(bearer(tokens.manager)).expect(403);
    const found = await api()
      .get('/api/compensation/assignments/people')
      .query({ search: a?.fullName })
      .set(bearer(finance))
      .expect(200);
    expect(found.body).toEqual([
      expect.objectContaining({ id: a?.id, roleProfileId: profile.id, currentPlanCode: null }),
    ]);
    const wildcard = await api()
      .get('/api/compensation/assignments/people')
      .query({ search: '%' })
      .set(bearer(finance))
      .expect(200);
    expect(wildcard.body).toEqual([]);

    const made = await assign(finance, {
      roleProfileId: profile.id,
      quotas: [{ period: '2024-08', metric: revenue, value: '5000' }],
    }).expect(201);
    expect(made.body.map((x: { employeeId: string }) => x.employeeId).sort()).toEqual([a?.id, b?.id].sort());
    // Again: both clash, reported on the role profile with their names; nothing more is written.
    const again = await assign(finance, { roleProfileId: profile.id }).expect(400);
    expect(again.body.errors).toHaveLength(2);
    expect(again.body.errors).toEqual(
      expect.arrayContaining(
        [a, b].map((p) =>
          expect.objectContaining({
            field: 'roleProfileId',
            code: 'overlapping',
            params: { name: p?.fullName },
          }),
        ),
      ),
    );
    const [{ n }] = await db.query(
      `select count(*)::int as n from plan_assignments where employee_id = any($1::uuid[])`,
      [[a?.id, b?.id, leaver.id]],
    );
    expect(n).toBe(2);
  });

  it('runs a period once however often it is asked, in a worker process', async () => {
    await api()
      .post('/api/compensation/runs')
      .set(bearer(tokens.manager))
      .send({ period: month })
      .expect(403);
    const future = await api()
      .post('/api/compensation/runs')
      .set(bearer(finance))
      .send({ period: '2999-01' })
      .expect(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'period', code: 'future_period' });
    const asked = await Promise.all(
      Array.from({ length: 20 }, () =>
        api().post('/api/compensation/runs').set(bearer(finance)).send({ period: month }),
      ),
    );
    expect(asked.map((a) => a.status)).toEqual(Array(20).fill(202));
    const ids = new Set(asked.map((a) => a.body.id));
    const runs = await Promise.all([...ids].map(finished));
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    const [{ statements, people }] = await db.query(
      `select count(*)::int as statements, count(distinct employee_id)::int as people
         from commission_statements where period_key = $1 and employee_id = any($2::uuid[])`,
      [month, [org.rep.employee.id, org.manager.employee.id, org.otherRep.employee.id]],
    );
    expect([statements, people]).toEqual([2, 2]);
    const last = runs.at(-1);
    expect(last?.problems).toEqual([
      expect.objectContaining({ employeeId: org.otherRep.employee.id, code: 'missing_quota' }),
    ]);

    const mine = await statementOf(finance, org.rep.employee.id);
    // 10,000 at 5% and 2,000 above quota at 8%, plus 1% of the Beta deal's 4,000.
    expect(mine).toMatchObject({ status: 'draft', earnings: '700.00', payout: '700.00' });
    // The rep never sees a draft.
    expect(await statementOf(tokens.rep, org.rep.employee.id)).toBeUndefined();
    await api().get(`/api/compensation/statements/${mine?.id}`).set(bearer(tokens.rep)).expect(404);
  });

  it('fails a run whose workers died on it five times, rather than trying it for ever', async () => {
    // As if five workers had claimed it and been killed: its lease ran out long ago.
    const [{ id }] = await db.query(
      `insert into commission_runs (period_key, status, attempts, lease_token, lease_until, started_at)
       values ('2023-02', 'running', 5, gen_random_uuid(), now() - interval '1 hour', now() - interval '2 hours')
       returning id`,
    );
    const run = await finished(id);
    expect(run).toMatchObject({ status: 'failed', failure: 'worker_lost' });
  });

  it('pages the approval queues by period, never showing one’s own, each to whom it is for', async () => {
    const queue = (token: string, query: Record<string, string | number>) =>
      api().get('/api/compensation/statements/queue').query(query).set(bearer(token));
    const team = (await queue(tokens.manager, { mode: 'team', period: month }).expect(200))
      .body as StatementQueueDto;
    expect(team.period).toBe(month);
    // The manager's own statement is not in their queue; the rep's draft is.
    expect(team.rows.map((r) => r.employeeId)).toEqual([org.rep.employee.id]);
    expect(team.periods.find((p) => p.period === month)).toMatchObject({ total: 1, draft: 1, locked: 0 });
    const all = (await queue(finance, { mode: 'finance', period: month, limit: 1 }).expect(200))
      .body as StatementQueueDto;
    const counted = all.periods.find((p) => p.period === month);
    expect(counted?.total).toBe(2);
    expect(all.rows).toHaveLength(1);
    const next = (await queue(finance, { mode: 'finance', period: month, limit: 1, offset: 1 }).expect(200))
      .body as StatementQueueDto;
    expect(next.rows).toHaveLength(1);
    expect(next.rows[0]?.id).not.toBe(all.rows[0]?.id);
    await queue(tokens.rep, { mode: 'team' }).expect(403);
    await queue(tokens.manager, { mode: 'finance' }).expect(403);
    await queue(finance, { mode: 'finance', limit: 501 }).expect(400);
    await queue(finance, { mode: 'boss' }).expect(400);
  });

  it('lists the sales behind a line, exactly those its total adds up, to whoever may read the statement', async () => {
    const mine = await statementOf(finance, org.rep.employee.id);
    const credits = (component: string, token = finance) =>
      api().get(`/api/compensation/statements/${mine?.id}/lines/${component}/credits`).set(bearer(token));
    // The Beta SPIF counts only the Beta deal; the revenue line both deals.
    const beta = (await credits('beta').expect(200)).body as StatementLineCreditsDto;
    expect(beta).toMatchObject({ component: 'beta', metric: revenue, total: 1 });
    expect(beta.credits[0]).toMatchObject({ externalId: 'D2', product: 'Beta', date: `${month}-10` });
    expect(new Decimal(beta.credits[0]?.credited ?? '0').equals(4000)).toBe(true);
    const rev = (await credits('rev').expect(200)).body as StatementLineCreditsDto;
    expect(rev.credits.map((c) => c.externalId)).toEqual(['D1', 'D2']);
    const sum = rev.credits.reduce((total, c) => total.plus(c.credited), new Decimal(0));
    expect(sum.equals(12000)).toBe(true);
    await credits('nope').expect(404);
    // The rep never reads a draft, nor its sales; another rep never reads someone else's.
    await credits('rev', tokens.rep).expect(404);
    await credits('rev', tokens.otherRep).expect(404);
    await credits('rev', tokens.manager).expect(200);
  });

  it("gives the estimator a person's own run inputs, which the engine turns into the run's figures", async () => {
    const res = await api()
      .get('/api/compensation/estimate')
      .query({ period: month })
      .set(bearer(tokens.rep))
      .expect(200);
    const inputs = res.body as PayEstimateInputsDto;
    expect(inputs).toMatchObject({ period: month, planVersion: 1, payee: { quota: { [revenue]: '10000' } } });
    expect(inputs.totals).toEqual({
      [basisKeyOf(revenue, null)]: '12000',
      [basisKeyOf(revenue, { product: ['Beta'] })]: '4000',
    });
    expect(inputs.attributes.product).toEqual(['Alpha', 'Beta']);
    expect(inputs.metrics).toEqual([{ code: revenue, nameEn: 'Revenue', nameZh: '收入', unit: 'money' }]);
    // The engine on these inputs pays what the run's draft says (700.00).
    const checked = validateDocument({
      plan: inputs.plan,
      periods: [month],
      payees: [inputs.payee],
      credits: [],
    });
    if (!checked.ok) throw new Error('the estimate inputs do not validate');
    const [estimated] = evaluate(checked.input.plan, checked.input.periods, checked.input.payees, {
      total: (_payee, _period, key) => new Decimal(inputs.totals[key] ?? '0'),
    });
    expect(estimated?.earnings).toBe((await statementOf(finance, org.rep.employee.id))?.earnings);

    // Someone whose plan lacks the period's quota hears so; no plan, no estimate; no future.
    const noQuota = await api()
      .get('/api/compensation/estimate')
      .query({ period: month })
      .set(bearer(tokens.otherRep))
      .expect(409);
    expect(noQuota.body.code).toBe('missing_quota');
    await api()
      .get('/api/compensation/estimate')
      .query({ period: '2023-12' })
      .set(bearer(tokens.rep))
      .expect(404);
    const future = await api()
      .get('/api/compensation/estimate')
      .query({ period: '2999-01' })
      .set(bearer(tokens.rep))
      .expect(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'period', code: 'future_period' });
    await api()
      .get('/api/compensation/estimate')
      .query({ period: 'soon' })
      .set(bearer(tokens.rep))
      .expect(400);
    await api().get('/api/compensation/estimate').expect(401);
  });

  it('approves by the manager, then by finance, which locks; never one’s own, never twice by one person', async () => {
    const rep = await statementOf(finance, org.rep.employee.id);
    const manager = await statementOf(finance, org.manager.employee.id);
    if (!rep || !manager) throw new Error('the run wrote no statements');
    const approve = (token: string, step: 'manager-approval' | 'finance-approval', ids: string[]) =>
      api()
        .post(`/api/compensation/statements/${step}`)
        .set(bearer(token))
        .send({ statementIds: ids, comment: 'ok' });

    // The plan first needs the rep's acknowledgement, with their name typed.
    expect((await approve(tokens.manager, 'manager-approval', [rep.id]).expect(409)).body.code).toBe(
      'plan_not_acknowledged',
    );
    const [assignment] = (
      await api().get('/api/compensation/assignments/mine').set(bearer(tokens.rep)).expect(200)
    ).body;
    // The plan's terms name its metrics in both languages, not by their codes.
    expect(assignment.metrics).toEqual([{ code: revenue, nameEn: 'Revenue', nameZh: '收入' }]);
    const wrong = await api()
      .post(`/api/compensation/assignments/${assignment.id}/acknowledge`)
      .set(bearer(tokens.rep))
      .send({ name: 'Someone Else' })
      .expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'name', code: 'name_mismatch' });
    await api()
      .post(`/api/compensation/assignments/${assignment.id}/acknowledge`)
      .set(bearer(tokens.otherRep))
      .send({ name: org.rep.employee.fullName })
      .expect(404);
    const acknowledged = await api()
      .post(`/api/compensation/assignments/${assignment.id}/acknowledge`)
      .set(bearer(tokens.rep))
      .send({ name: ` ${org.rep.employee.fullName.toUpperCase()} ` })
      .expect(200);
    expect(acknowledged.body.acknowledgedAt).not.toBeNull();

    // Outsiders and the wrong step change nothing.
    await approve(tokens.rep, 'manager-approval', [rep.id]).expect(403);
    await approve(finance, 'finance-approval', [rep.id]).expect(409);
    await approve(tokens.manager, 'manager-approval', [manager.id]).expect(403);
    // All or none: the manager's own statement in the batch refuses the rep's too.
    await approve(tokens.manager, 'manager-approval', [rep.id, manager.id]).expect(403);
    expect((await statementOf(finance, org.rep.employee.id))?.status).toBe('draft');

    const early = await api()
      .get('/api/compensation/payroll')
      .query({ period: month })
      .set(bearer(finance))
      .expect(409);
    expect(early.body.code).toBe('period_not_locked');
    const first = await approve(tokens.manager, 'manager-approval', [rep.id]).expect(200);
    expect(first.body[0]).toMatchObject({
      status: 'manager_approved',
      managerApprovedBy: org.manager.user.displayName,
    });
    await approve(tokens.manager, 'manager-approval', [rep.id]).expect(409);
    const locked = await approve(finance, 'finance-approval', [rep.id]).expect(200);
    expect(locked.body[0].status).toBe('locked');

    // Four eyes: the admin who gave the first approval cannot give the second.
    const mgrAck = (
      await api().get('/api/compensation/assignments/mine').set(bearer(tokens.manager)).expect(200)
    ).body[0];
    await api()
      .post(`/api/compensation/assignments/${mgrAck.id}/acknowledge`)
      .set(bearer(tokens.manager))
      .send({ name: org.manager.employee.fullName })
      .expect(200);
    await approve(tokens.admin, 'manager-approval', [manager.id]).expect(200);
    await approve(tokens.admin, 'finance-approval', [manager.id]).expect(403);
    expect((await statementOf(finance, org.manager.employee.id))?.status).toBe('manager_approved');
    await approve(finance, 'finance-approval', [manager.id]).expect(200);

    // The rep now reads it, every number explained; a locked statement never changes.
    const read = await api()
      .get(`/api/compensation/statements/${rep.id}`)
      .set(bearer(tokens.rep))
      .expect(200);
    const statement = read.body as StatementDto;
    expect(statement).toMatchObject({ status: 'locked', payout: '700.00', earningsToDate: '700.00' });
    expect(statement.attainment).toEqual([{ metric: revenue, total: '12000', quota: '10000' }]);
    expect(
      (statement.calculation['lines'] as { component: string; amount: string }[]).map(
        (l) => `${l.component} ${l.amount}`,
      ),
    ).toEqual(['rev 660.00', 'beta 40.00']);
    expect(statement.history.map((h) => h.action)).toEqual(['manager_approved', 'finance_approved']);
    // The statement as a PDF, in the reader's language; nobody else's.
    for (const lang of ['en', 'zh-CN']) {
      const pdf = await api()
        .get(`/api/compensation/statements/${rep.id}/pdf`)
        .query({ lang })
        .set(bearer(tokens.rep))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await api().get(`/api/compensation/statements/${rep.id}/pdf`).set(bearer(tokens.otherRep)).expect(404);
    await api()
      .get(`/api/compensation/statements/${rep.id}/pdf`)
      .query({ lang: 'fr' })
      .set(bearer(tokens.rep))
      .expect(400);
    await api()
      .post('/api/compensation/statements/rejection')
      .set(bearer(finance))
      .send({ statementIds: [rep.id], reason: 'try again' })
      .expect(409);
    // Payroll takes the locked month: every cell safe in a spreadsheet.
    await api()
      .get('/api/compensation/payroll')
      .query({ period: month })
      .set(bearer(tokens.manager))
      .expect(403);
    await db.query(`update employees set full_name = '=HYPERLINK("http://x")' where id = $1`, [
      org.manager.employee.id,
    ]);
    const payroll = await api()
      .get('/api/compensation/payroll')
      .query({ period: month })
      .set(bearer(finance))
      .expect(200);
    expect(payroll.headers['content-type']).toMatch(/^text\/csv/);
    expect(payroll.headers['content-disposition']).toContain(`payroll-${month}.csv`);
    const lines = payroll.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('employee_id,name,email,currency,payout,recovered_draw,balance');
    expect(lines).toContain(
      `${org.rep.employee.id},${org.rep.employee.fullName},${org.rep.employee.email},CNY,700.00,0.00,0.00`,
    );
    expect(lines.find((l) => l.startsWith(org.manager.employee.id))).toContain(
      `,"'=HYPERLINK(""http://x"")",`,
    );
    const again = await api()
      .post('/api/compensation/runs')
      .set(bearer(finance))
      .send({ period: month })
      .expect(409);
    expect(again.body.code).toBe('period_locked');
    const [{ audits }] = await db.query(
      `select count(*)::int as audits from audit_log where entity_type = 'commission_statement' and entity_id = $1`,
      [rep.id],
    );
    expect(audits).toBe(2);
  });

  it('settles a disputed line with an adjustment on the next statement; the locked one never changes', async () => {
    const locked = await statementOf(finance, org.rep.employee.id);
    if (!locked) throw new Error('no statement');
    const raise = (token: string, body: object) =>
      api().post(`/api/compensation/statements/${locked.id}/disputes`).set(bearer(token)).send(body);
    await raise(tokens.otherRep, { component: 'beta', reason: 'The Beta deal was mine too' }).expect(404);
    expect(
      (await raise(tokens.rep, { component: 'nope', reason: 'No such line' }).expect(400)).body.errors[0],
    ).toMatchObject({
      field: 'component',
      code: 'one_of',
    });
    const raised = await raise(tokens.rep, {
      component: 'beta',
      reason: 'The SPIF rate was 2% this month',
    }).expect(201);
    expect(raised.body).toMatchObject({ status: 'open', component: 'beta', lineAmount: '40.00' });
    expect((await raise(tokens.rep, { component: 'beta', reason: 'Again' }).expect(409)).body.code).toBe(
      'already_disputed',
    );

    const resolve = (token: string, body: object) =>
      api().post(`/api/compensation/disputes/${raised.body.id}/resolution`).set(bearer(token)).send(body);
    await resolve(tokens.rep, {
      decision: 'accept',
      resolution: 'I agree with myself',
      amount: '40.00',
    }).expect(403);
    await resolve(tokens.otherRep, { decision: 'reject', resolution: 'Not yours' }).expect(403);
    const noAmount = await resolve(tokens.manager, {
      decision: 'accept',
      resolution: 'Right',
      amount: null,
    }).expect(400);
    expect(noAmount.body.errors[0]).toMatchObject({ field: 'amount' });
    await resolve(tokens.manager, { decision: 'accept', resolution: 'Right', amount: '40.001' }).expect(400);
    const huge = await resolve(tokens.manager, {
      decision: 'accept',
      resolution: 'Right',
      amount: '1000000.01',
    }).expect(400);
    expect(huge.body.errors[0]).toMatchObject({ field: 'amount', code: 'too_large' });
    const accepted = await resolve(tokens.manager, {
      decision: 'accept',
      resolution: 'The SPIF was 2% in March',
      amount: '40.00',
    }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', adjustment: '40.00' });
    await resolve(finance, { decision: 'reject', resolution: 'Too late' }).expect(409);
    const mine = await api().get('/api/compensation/disputes').set(bearer(tokens.rep)).expect(200);
    expect(mine.body.map((d: { id: string }) => d.id)).toEqual([raised.body.id]);
    expect(
      (await api().get('/api/compensation/disputes').set(bearer(tokens.otherRep)).expect(200)).body,
    ).toEqual([]);

    // The next month's run pays it on the rep's next statement; March stays as it was.
    const next = `${year}-04`;
    const { body: run } = await api()
      .post('/api/compensation/runs')
      .set(bearer(finance))
      .send({ period: next })
      .expect(202);
    expect((await finished(run.id)).status).toBe('succeeded');
    const april = (
      await api().get('/api/compensation/statements').query({ period: next }).set(bearer(finance)).expect(200)
    ).body.find((x: StatementSummaryDto) => x.employeeId === org.rep.employee.id);
    const detail = (
      await api().get(`/api/compensation/statements/${april.id}`).set(bearer(finance)).expect(200)
    ).body as StatementDto;
    expect(detail.payout).toBe('40.00');
    expect(detail.adjustments).toEqual([expect.objectContaining({ amount: '40.00', sourcePeriod: month })]);
    const march = (
      await api().get(`/api/compensation/statements/${locked.id}`).set(bearer(tokens.rep)).expect(200)
    ).body as StatementDto;
    expect(march).toMatchObject({ payout: '700.00', status: 'locked' });
    expect(march.disputes).toEqual([expect.objectContaining({ status: 'accepted', adjustment: '40.00' })]);
    // A second run of April replaces the draft and pays the adjustment once, not twice.
    const { body: again } = await api()
      .post('/api/compensation/runs')
      .set(bearer(finance))
      .send({ period: next })
      .expect(202);
    expect((await finished(again.id)).status).toBe('succeeded');
    const [{ n }] = await db.query(
      `select count(*)::int as n from pay_adjustments a join commission_statements s on s.id = a.applied_statement_id
        where a.dispute_id = $1`,
      [raised.body.id],
    );
    expect(n).toBe(1);
  });

  it('recalculates a locked month whose credits changed: a new version beside it, the difference paid next month', async () => {
    // A late deal in March, after March was locked.
    await api()
      .post('/api/performance/transactions')
      .set(bearer(tokens.hr))
      .send({
        source: `late-${tag()}`,
        externalId: 'LATE-1',
        date: `${month}-28`,
        customer: 'Acme',
        productLine: 'Alpha',
        values: { [revenue]: '2000.00' },
        credits: [{ employee: org.rep.employee.email, share: '1' }],
      })
      .expect(200);
    await api()
      .post('/api/compensation/runs/recalculations')
      .set(bearer(tokens.manager))
      .send({ period: month })
      .expect(403);
    const nothing = await api()
      .post('/api/compensation/runs/recalculations')
      .set(bearer(finance))
      .send({ period: `${year}-05` })
      .expect(409);
    expect(nothing.body.code).toBe('nothing_locked');
    const { body: recalculation } = await api()
      .post('/api/compensation/runs/recalculations')
      .set(bearer(finance))
      .send({ period: month })
      .expect(202);
    expect(recalculation.kind).toBe('recalculation');
    expect((await finished(recalculation.id)).status).toBe('succeeded');

    // The locked statement is as it was; the new version sits beside it for comparison.
    const march = await statementOf(tokens.rep, org.rep.employee.id);
    const read = (
      await api().get(`/api/compensation/statements/${march?.id}`).set(bearer(tokens.rep)).expect(200)
    ).body as StatementDto;
    expect(read).toMatchObject({ status: 'locked', payout: '700.00', version: 1 });
    // Its explanations name the metric in the reader's language, not by its code.
    expect(read.metrics).toEqual([{ code: revenue, nameEn: 'Revenue', nameZh: '收入' }]);
    // 12,000 + 2,000 against 10,000: 500 + 4,000 × 8% + the Beta SPIF's 40.
    expect(read.recalculations).toEqual([
      expect.objectContaining({ version: 2, payout: '860.00', difference: '160.00' }),
    ]);
    const payroll = await api()
      .get('/api/compensation/payroll')
      .query({ period: month })
      .set(bearer(finance))
      .expect(200);
    expect(payroll.text).toContain(`,CNY,700.00,0.00,0.00`);

    // April's next run pays the difference beside the dispute's adjustment; the draft the
    // manager sent back keeps its reason and trail in the new one.
    const next = `${year}-04`;
    const aprilDraft = (
      await api().get('/api/compensation/statements').query({ period: next }).set(bearer(finance)).expect(200)
    ).body.find((x: StatementSummaryDto) => x.employeeId === org.rep.employee.id);
    await api()
      .post('/api/compensation/statements/rejection')
      .set(bearer(tokens.manager))
      .send({ statementIds: [aprilDraft.id], reason: 'Check the late March deal' })
      .expect(200);
    const { body: run } = await api()
      .post('/api/compensation/runs')
      .set(bearer(finance))
      .send({ period: next })
      .expect(202);
    expect((await finished(run.id)).status).toBe('succeeded');
    const april = (
      await api().get('/api/compensation/statements').query({ period: next }).set(bearer(finance)).expect(200)
    ).body.find((x: StatementSummaryDto) => x.employeeId === org.rep.employee.id);
    const detail = (
      await api().get(`/api/compensation/statements/${april.id}`).set(bearer(finance)).expect(200)
    ).body as StatementDto;
    expect(detail.payout).toBe('200.00');
    expect(detail.rejection).toBe('Check the late March deal');
    expect(detail.history).toEqual([
      expect.objectContaining({ action: 'rejected', comment: 'Check the late March deal' }),
    ]);
    expect(detail.adjustments.map((a) => a.amount).sort()).toEqual(['160.00', '40.00']);
    // A second recalculation with nothing new carries nothing forward.
    const { body: again } = await api()
      .post('/api/compensation/runs/recalculations')
      .set(bearer(finance))
      .send({ period: month })
      .expect(202);
    expect((await finished(again.id)).status).toBe('succeeded');
    const [{ n }] = await db.query(
      `select count(*)::int as n from pay_adjustments where employee_id = $1 and reason like 'Recalculation%'`,
      [org.rep.employee.id],
    );
    expect(n).toBe(1);
  });

  it('tells finance what a past month would have paid under the draft, beside the version in force', async () => {
    const whatIf = (token: string, period?: string) =>
      api()
        .get(`/api/compensation/plans/${planId}/draft/what-if`)
        .query(period ? { period } : {})
        .set(bearer(token));
    await whatIf(tokens.manager, month).expect(403);
    await api()
      .get(`/api/compensation/plans/${org.rep.employee.id}/draft/what-if`)
      .set(bearer(finance))
      .expect(404);
    expect((await whatIf(finance, `${year}-Q1`).expect(400)).body.errors[0]).toMatchObject({
      field: 'period',
    });
    expect((await whatIf(finance, '2999-01').expect(400)).body.errors[0]).toMatchObject({
      code: 'future_period',
    });
    // The draft adds 100 to everyone's month, whatever they sold.
    const flat = { id: 'flat', type: 'bonus', metric: revenue, minAmount: '0', amount: '100' };
    await api()
      .put(`/api/compensation/plans/${planId}/draft`)
      .set(bearer(finance))
      .send({
        effectiveFrom: '2024-06-01',
        document: { ...plan(), components: [...plan().components, flat] },
      })
      .expect(200);
    const [{ n: statementsBefore }] = await db.query(
      `select count(*)::int as n from commission_statements where period_key = $1`,
      [month],
    );
    const { body } = (await whatIf(finance, month).expect(200)) as { body: PlanWhatIfDto };
    expect(body).toMatchObject({ period: month, currency: 'CNY', currentVersion: 1, draftVersion: 2 });
    const rep = body.people.find((p) => p.employeeId === org.rep.employee.id);
    // On today's credits, as the recalculation found them (the late deal included): 860.00.
    expect(rep?.current?.earnings).toBe('860.00');
    expect(rep?.difference).toBe('100.00');
    // Someone without the quota both versions need is named, not paid on a zero quota.
    expect(body.people.find((p) => p.employeeId === org.otherRep.employee.id)).toMatchObject({
      current: null,
      draft: null,
      difference: null,
    });
    expect(body.problems.map((p) => [p.employeeId, p.version]).sort()).toEqual(
      [
        [org.otherRep.employee.id, 'current'],
        [org.otherRep.employee.id, 'draft'],
      ].sort(),
    );
    const paid = body.people.filter((p) => p.difference !== null).length;
    expect(body.total.difference).toBe(`${paid * 100}.00`);
    // Nothing is written: the month's statements are as they were.
    const { n } = (
      await db.query(`select count(*)::int as n from commission_statements where period_key = $1`, [month])
    )[0];
    expect(n).toBe(statementsBefore);
  });
});
