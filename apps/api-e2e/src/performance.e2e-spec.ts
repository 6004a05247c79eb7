import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createEmployee, type TestOrganisation } from '@cadre/api/testing';
import type { ImportJobDto } from '@cadre/shared/contracts';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

const tag = () => randomBytes(3).toString('hex');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('performance: metrics, periods, targets, imports and attainment', () => {
  let db: DataSource;
  let tokens: RoleTokens;
  let org: TestOrganisation;
  /** This file's own metrics and fiscal year, so other files' data never meets it. */
  let revenue: { id: string; code: string };
  let meetings: { id: string; code: string };
  const year = 2031;
  let periods: Record<string, string>;

  const importCsv = async (csv: string | Buffer, source: string, extra: Record<string, string> = {}) => {
    const res = await api()
      .post('/api/performance/imports')
      .query({ source, fileName: 'sales.csv', ...extra })
      .set(bearer(tokens.hr))
      .set('content-type', 'text/csv')
      .send(Buffer.isBuffer(csv) ? csv : Buffer.from(csv));
    return res;
  };
  const finished = async (id: string): Promise<ImportJobDto> => {
    for (let i = 0; i < 200; i++) {
      const res = await api().get(`/api/performance/imports/${id}`).set(bearer(tokens.hr)).expect(200);
      if (['succeeded', 'failed', 'cancelled'].includes(res.body.status)) return res.body;
      await wait(100);
    }
    throw new Error('the import did not finish');
  };
  const csv = (rows: string[][]) =>
    [
      ['external_id', 'date', 'employee', 'share', 'overlay', 'customer', revenue.code, meetings.code],
      ...rows,
    ]
      .map((r) => r.join(','))
      .join('\n');

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
    const code = `rev_${tag()}`;
    revenue = (
      await api()
        .post('/api/performance/metrics')
        .set(bearer(tokens.hr))
        .send({
          code,
          nameEn: 'Revenue',
          nameZh: '收入',
          unit: 'money',
          currency: 'CNY',
          aggregation: 'sum',
          higherIsBetter: true,
        })
        .expect(201)
    ).body;
    meetings = (
      await api()
        .post('/api/performance/metrics')
        .set(bearer(tokens.hr))
        .send({
          code: `meet_${tag()}`,
          nameEn: 'Meetings',
          nameZh: '会议',
          unit: 'count',
          aggregation: 'sum',
          higherIsBetter: true,
        })
        .expect(201)
    ).body;
    const calendar = await api()
      .post('/api/performance/calendar/years')
      .set(bearer(tokens.hr))
      .send({ fiscalYear: year })
      .expect(200);
    periods = Object.fromEntries(
      (calendar.body.periods as { key: string; id: string }[]).map((p) => [p.key, p.id]),
    );
  });
  afterAll(() => db.destroy());

  it('generates twelve months, four quarters and the year, once', async () => {
    expect(periods[`${year}-01`]).toBeDefined();
    expect(periods[`${year}-Q4`]).toBeDefined();
    expect(periods[`FY${year}`]).toBeDefined();
    const again = await api()
      .post('/api/performance/calendar/years')
      .set(bearer(tokens.hr))
      .send({ fiscalYear: year })
      .expect(200);
    expect((again.body.periods as { key: string }[]).filter((p) => p.key.startsWith(`${year}-`)).length).toBe(
      16,
    );
  });

  it("lists for a period only the people hired by its end, in the team's figures and in review completion alike", async () => {
    const late = await createEmployee(db, {
      orgUnitId: org.myTeam.id,
      managerId: org.manager.employee.id,
      hireDate: `${year}-03-01`,
    });
    const listed = async (period: string) =>
      (
        (
          await api()
            .get('/api/performance/attainment/people')
            .query({ period })
            .set(bearer(tokens.manager))
            .expect(200)
        ).body as { employeeId: string }[]
      ).map((p) => p.employeeId);
    const completion = async (period: string) =>
      (
        (
          await api()
            .get('/api/performance/reviews/completion')
            .query({ periodId: periods[period] })
            .set(bearer(tokens.hr))
            .expect(200)
        ).body as { orgUnitId: string; people: number }[]
      ).find((u) => u.orgUnitId === org.myTeam.id)?.people;
    const february = await listed(`${year}-02`);
    expect(february).not.toContain(late.id);
    expect(await listed(`${year}-03`)).toContain(late.id);
    // The team's reviews are of everyone listed but its manager; completion counts the same people.
    expect(await completion(`${year}-02`)).toBe(
      february.filter((id) => id !== org.manager.employee.id).length,
    );
    expect(await completion(`${year}-03`)).toBe(february.length);
  });

  it('imports a file, credits splits and overlays, and reads attainment against the target', async () => {
    const source = `crm-${tag()}`;
    const rep = org.rep.employee.email;
    const manager = org.manager.employee.email;
    const res = await importCsv(
      csv([
        ['A1', `${year}-02-03`, rep, '0.6', 'false', 'Acme', '1000.00', '2'],
        ['A1', `${year}-02-03`, manager, '0.4', 'false', 'Acme', '1000.00', '2'],
        ['A1', `${year}-02-03`, manager, '', 'true', 'Acme', '1000.00', '2'],
        ['A2', `${year}-02-20`, rep, '1', 'false', '"Beta, Ltd"', '500.50', ''],
      ]),
      source,
    );
    expect(res.status).toBe(202);
    const job = await finished(res.body.id);
    expect(job).toMatchObject({ status: 'succeeded', rowsRead: 4, createdCount: 2, problemCount: 0 });

    await api()
      .put('/api/performance/targets')
      .set(bearer(tokens.manager))
      .send({
        metricId: revenue.id,
        periodId: periods[`${year}-02`],
        employeeId: org.rep.employee.id,
        value: '2000',
      })
      .expect(200);
    const people = await api()
      .get('/api/performance/attainment/people')
      .query({ period: `${year}-02` })
      .set(bearer(tokens.manager))
      .expect(200);
    const repRow = (
      people.body as {
        employeeId: string;
        figures: { metricCode: string; actual: string; target: string; attainment: string }[];
      }[]
    ).find((p) => p.employeeId === org.rep.employee.id);
    const figure = repRow?.figures.find((f) => f.metricCode === revenue.code);
    // 0.6 × 1000 + 500.50 = 1100.50 against 2000.
    expect(figure).toMatchObject({ actual: '1100.5', target: '2000', attainment: '0.5503' });
    const managerRow = (
      people.body as { employeeId: string; figures: { metricCode: string; actual: string }[] }[]
    ).find((p) => p.employeeId === org.manager.employee.id);
    // Split 0.4 plus the overlay in full.
    expect(managerRow?.figures.find((f) => f.metricCode === revenue.code)?.actual).toBe('1400');

    // The team's roll-up counts each deal once: the split credits, not the overlay on top.
    const units = await api()
      .get('/api/performance/attainment/units')
      .query({ period: `${year}-02` })
      .set(bearer(tokens.manager))
      .expect(200);
    const team = (
      units.body as { orgUnitId: string; figures: { metricCode: string; actual: string }[] }[]
    ).find((u) => u.orgUnitId === org.myTeam.id);
    expect(team?.figures.find((f) => f.metricCode === revenue.code)?.actual).toBe('1500.5');

    // Importing the same file again changes nothing.
    const again = await finished(
      (
        await importCsv(
          csv([
            ['A1', `${year}-02-03`, rep, '0.6', 'false', 'Acme', '1000.00', '2'],
            ['A1', `${year}-02-03`, manager, '0.4', 'false', 'Acme', '1000.00', '2'],
            ['A1', `${year}-02-03`, manager, '', 'true', 'Acme', '1000.00', '2'],
            ['A2', `${year}-02-20`, rep, '1', 'false', '"Beta, Ltd"', '500.50', ''],
          ]),
          source,
        )
      ).body.id,
    );
    expect(again).toMatchObject({ status: 'succeeded', createdCount: 0, updatedCount: 0, unchangedCount: 2 });

    // A changed row with the same external id updates it, and the totals follow.
    const changed = await finished(
      (await importCsv(csv([['A2', `${year}-02-20`, rep, '1', 'false', 'Beta', '900.00', '']]), source)).body
        .id,
    );
    expect(changed).toMatchObject({ status: 'succeeded', updatedCount: 1 });
    const after = await api()
      .get(`/api/performance/employees/${org.rep.employee.id}/transactions`)
      .query({ period: `${year}-02`, metric: revenue.code })
      .set(bearer(tokens.rep))
      .expect(200);
    expect(
      after.body.map((t: { externalId: string; credited: string }) => `${t.externalId} ${t.credited}`),
    ).toEqual(['A2 900.00', 'A1 600.000']);
    const audit = await db.query(
      `select before, after from audit_log where action = 'sales_transaction.update' and after->>'customer' = 'Beta'`,
    );
    expect(audit.length).toBe(1);
  });

  it('refuses the whole file when any row is bad, and reports every problem by row and column', async () => {
    const source = `crm-${tag()}`;
    const rep = org.rep.employee.email;
    const good = Array.from({ length: 2000 }, (_, i) => [
      `G${i}`,
      `${year}-03-01`,
      rep,
      '1',
      'false',
      'Good',
      '10.00',
      '1',
    ]);
    const res = await importCsv(
      csv([
        ...good,
        ['B1', `${year}-02-30`, rep, '1', 'false', 'Acme', '1.00', '1'],
        ['B2', `${year}-03-01`, 'ghost@nowhere.test', '1', 'false', 'Acme', '1.00', '1'],
        ['B3', `${year}-03-01`, rep, '0.5', 'false', 'Acme', '1.00', '1'],
        ['B4', `${year}-03-01`, rep, '1', 'false', '=HYPERLINK("x")', '12x', '1'],
        ['B5', `${year}-03-01`, rep, '1', 'false', 'Acme', '1.005', '1'],
      ]),
      source,
    );
    const job = await finished(res.body.id);
    expect(job).toMatchObject({ status: 'failed', failure: 'row_problems', problemCount: 6 });
    const stored = await db.query(`select count(*)::int as n from sales_transactions where source = $1`, [
      source,
    ]);
    expect(stored[0].n).toBe(0);

    const report = await api()
      .get(`/api/performance/imports/${job.id}/problems.csv`)
      .set(bearer(tokens.hr))
      .expect(200);
    const lines = report.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('row,column,value,reason');
    expect(lines.slice(1)).toEqual([
      `2002,date,${year}-02-30,Not a calendar date (yyyy-mm-dd)`,
      '2003,employee,ghost@nowhere.test,No employee has this email',
      "2004,share,0.5,The transaction's split credits do not add up to 1",
      `2005,customer,"'=HYPERLINK(""x"")","Starts like a spreadsheet formula (=, +, -, @): remove or quote it"`,
      `2005,${revenue.code},12x,Not a decimal number such as 1200.50`,
      `2006,${revenue.code},1.005,At most 2 decimals`,
    ]);
    const zh = await api()
      .get(`/api/performance/imports/${job.id}/problems.csv`)
      .query({ lang: 'zh-CN' })
      .set(bearer(tokens.hr))
      .expect(200);
    expect(zh.text).toContain('没有使用此邮箱的员工');
  });

  it('refuses files it cannot read, saying why, and stores nothing', async () => {
    const semicolons = await importCsv(
      'external_id;date;employee;share\nX;2031-01-01;a@b.c;1',
      `crm-${tag()}`,
    );
    expect(await finished(semicolons.body.id)).toMatchObject({
      status: 'failed',
      failure: 'wrong_delimiter',
    });
    const missing = await importCsv(
      `external_id,date,share,${revenue.code}\nX,${year}-01-01,1,5`,
      `crm-${tag()}`,
    );
    expect(await finished(missing.body.id)).toMatchObject({
      status: 'failed',
      failure: 'missing_columns',
      failureParams: { columns: 'employee' },
    });
    const latin1 = Buffer.concat([
      Buffer.from(csv([]) + '\nX,2031-01-01,'),
      Buffer.from([0xe9]),
      Buffer.from('@b.c,1,false,C,1,1'),
    ]);
    expect(await finished((await importCsv(latin1, `crm-${tag()}`)).body.id)).toMatchObject({
      failure: 'not_utf8',
    });
    const huge = await api()
      .post('/api/performance/imports')
      .query({ source: `crm-${tag()}`, fileName: 'big.csv' })
      .set(bearer(tokens.hr))
      .set('content-type', 'text/csv')
      .set('content-length', String(2 * 1024 * 1024 * 1024))
      .send('');
    expect([400, 413]).toContain(huge.status);
  });

  it('maps columns whose headers differ', async () => {
    const source = `erp-${tag()}`;
    const file = [
      `Deal,Closed on,Owner,Split,${'Amount'}`,
      `M1,${year}-04-02,${org.rep.employee.email},1,250.00`,
    ].join('\n');
    const res = await importCsv(file, source, {
      columns: JSON.stringify({
        external_id: 'Deal',
        date: 'Closed on',
        employee: 'Owner',
        share: 'Split',
        [revenue.code]: 'Amount',
      }),
    });
    expect(await finished(res.body.id)).toMatchObject({ status: 'succeeded', createdCount: 1 });
  });

  it('freezes a closed month: a change to it is refused, an adjustment in an open month is taken', async () => {
    const source = `crm-${tag()}`;
    const rep = org.rep.employee.email;
    const first = await importCsv(
      csv([['C1', `${year}-05-10`, rep, '1', 'false', 'Acme', '300.00', '1']]),
      source,
    );
    expect(await finished(first.body.id)).toMatchObject({ status: 'succeeded' });
    await api()
      .post(`/api/performance/periods/${periods[`${year}-05`]}/close`)
      .set(bearer(tokens.manager))
      .expect(403);
    await api()
      .post(`/api/performance/periods/${periods[`${year}-05`]}/close`)
      .set(bearer(tokens.hr))
      .expect(200);
    await api()
      .post(`/api/performance/periods/${periods[`${year}-05`]}/close`)
      .set(bearer(tokens.hr))
      .expect(409);

    const edit = await importCsv(
      csv([['C1', `${year}-05-10`, rep, '1', 'false', 'Acme', '100.00', '1']]),
      source,
    );
    expect(await finished(edit.body.id)).toMatchObject({ status: 'failed', failure: 'row_problems' });
    const late = await importCsv(
      csv([['C2', `${year}-05-11`, rep, '1', 'false', 'Acme', '100.00', '1']]),
      source,
    );
    expect(await finished(late.body.id)).toMatchObject({ status: 'failed', failure: 'row_problems' });
    const adjustment = await importCsv(
      [
        ['external_id', 'date', 'employee', 'share', 'reverses', revenue.code].join(','),
        ['C1-R', `${year}-06-01`, rep, '1', 'C1', '-300.00'].join(','),
      ].join('\n'),
      source,
    );
    expect(await finished(adjustment.body.id)).toMatchObject({ status: 'succeeded', createdCount: 1 });
    const may = await api()
      .get('/api/performance/attainment/people')
      .query({ period: `${year}-05` })
      .set(bearer(tokens.manager))
      .expect(200);
    const figure = (may.body as { employeeId: string; figures: { metricCode: string; actual: string }[] }[])
      .find((p) => p.employeeId === org.rep.employee.id)
      ?.figures.find((f) => f.metricCode === revenue.code);
    expect(figure?.actual).toBe('300');
  });

  it('cascades a unit target by weights, shows whether the children add up, and lets the rep acknowledge', async () => {
    const period = periods[`${year}-Q3`];
    const unit = await api()
      .put('/api/performance/targets')
      .set(bearer(tokens.manager))
      .send({
        metricId: revenue.id,
        periodId: period,
        orgUnitId: org.myTeam.id,
        value: '10000',
        specific: 'Grow cloud',
      })
      .expect(200);
    const split = await api()
      .post(`/api/performance/targets/${unit.body.id}/cascade`)
      .set(bearer(tokens.manager))
      .send({
        mode: 'weights',
        parts: [
          { employeeId: org.rep.employee.id, weight: '2' },
          { employeeId: org.manager.employee.id, weight: '1' },
        ],
      })
      .expect(200);
    expect(split.body.map((t: { value: string }) => t.value).sort()).toEqual(['3333.33', '6666.67']);
    const parent = await api()
      .get('/api/performance/targets')
      .query({ periodId: period, orgUnitId: org.myTeam.id })
      .set(bearer(tokens.manager))
      .expect(200);
    expect(parent.body[0].children).toEqual({ count: 2, sum: '10000', balance: 'exact' });

    const repTarget = split.body.find((t: { employeeId: string }) => t.employeeId === org.rep.employee.id);
    await api()
      .patch(`/api/performance/targets/${repTarget.id}`)
      .set(bearer(tokens.manager))
      .send({ value: '7000' })
      .expect(200);
    const over = await api()
      .get('/api/performance/targets')
      .query({ periodId: period, orgUnitId: org.myTeam.id })
      .set(bearer(tokens.manager))
      .expect(200);
    expect(over.body[0].children.balance).toBe('over');

    await api()
      .post(`/api/performance/targets/${repTarget.id}/acknowledge`)
      .set(bearer(tokens.otherRep))
      .expect(403);
    const acked = await api()
      .post(`/api/performance/targets/${repTarget.id}/acknowledge`)
      .set(bearer(tokens.rep))
      .expect(200);
    expect(acked.body.acknowledgedAt).not.toBeNull();
    const trail = await db.query(
      `select before, after from audit_log where entity_id = $1 and action = 'target.update' order by id`,
      [repTarget.id],
    );
    expect(trail.at(-1)).toMatchObject({ before: { value: '6666.67' }, after: { value: '7000' } });
  });

  it('keeps targets and numbers to the part of the organisation each caller may see', async () => {
    const period = periods[`${year}-Q3`];
    // Outside the manager's subtree; the rep and the manager themselves.
    await api()
      .put('/api/performance/targets')
      .set(bearer(tokens.manager))
      .send({ metricId: revenue.id, periodId: period, employeeId: org.otherRep.employee.id, value: '1' })
      .expect(403);
    await api()
      .put('/api/performance/targets')
      .set(bearer(tokens.manager))
      .send({ metricId: revenue.id, periodId: period, employeeId: org.manager.employee.id, value: '1' })
      .expect(403);
    await api()
      .put('/api/performance/targets')
      .set(bearer(tokens.rep))
      .send({ metricId: revenue.id, periodId: period, employeeId: org.rep.employee.id, value: '1' })
      .expect(403);
    await api()
      .put('/api/performance/targets')
      .set(bearer(tokens.manager))
      .send({ metricId: revenue.id, periodId: period, orgUnitId: org.otherTeam.id, value: '1' })
      .expect(403);
    const bad = await api()
      .put('/api/performance/targets')
      .set(bearer(tokens.manager))
      .send({ metricId: revenue.id, periodId: period, employeeId: org.rep.employee.id, value: '12,5' })
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'value' });
    await api()
      .get(`/api/performance/employees/${org.otherRep.employee.id}`)
      .set(bearer(tokens.rep))
      .expect(403);
    await api()
      .get(`/api/performance/employees/${org.rep.employee.id}`)
      .set(bearer(tokens.manager))
      .expect(200);
    await api().get('/api/performance/imports').set(bearer(tokens.manager)).expect(403);
    const asRep = await api()
      .post('/api/performance/imports')
      .query({ source: 'crm', fileName: 'x.csv' })
      .set(bearer(tokens.rep))
      .set('content-type', 'text/csv')
      .send('external_id');
    expect(asRep.status).toBe(403);
    const repView = await api()
      .get('/api/performance/attainment/people')
      .query({ period: `${year}-02` })
      .set(bearer(tokens.rep))
      .expect(200);
    expect(repView.body.map((p: { employeeId: string }) => p.employeeId)).toEqual([org.rep.employee.id]);
  });

  it('holds a review of a closed period: drafted by the manager, shared, acknowledged by the rep', async () => {
    const july = periods[`${year}-07`];
    const august = periods[`${year}-08`];
    const start = (token: string, employeeId: string, periodId: string | undefined) =>
      api().post('/api/performance/reviews').set(bearer(token)).send({ employeeId, periodId });
    await start(tokens.manager, org.rep.employee.id, july).expect(409);
    await api().post(`/api/performance/periods/${july}/close`).set(bearer(tokens.hr)).expect(200);
    await start(tokens.manager, org.otherRep.employee.id, july).expect(403);
    await start(tokens.manager, org.manager.employee.id, july).expect(403);
    await start(tokens.rep, org.rep.employee.id, july).expect(403);

    const review = (await start(tokens.manager, org.rep.employee.id, july).expect(200)).body;
    expect(review).toMatchObject({ status: 'draft', canEdit: true, canAcknowledge: false });
    expect(review.figures.map((f: { metricCode: string }) => f.metricCode)).toContain(revenue.code);
    // Starting again finds the same review.
    expect((await start(tokens.manager, org.rep.employee.id, july).expect(200)).body.id).toBe(review.id);
    // A draft is the manager's: the rep does not see it yet.
    await api().get(`/api/performance/reviews/${review.id}`).set(bearer(tokens.rep)).expect(404);
    await api().post(`/api/performance/reviews/${review.id}/share`).set(bearer(tokens.manager)).expect(400);

    await api()
      .patch(`/api/performance/reviews/${review.id}`)
      .set(bearer(tokens.manager))
      .send({ whatWorked: 'Demos to lab managers', whatDidNot: 'Too few first meetings' })
      .expect(200);
    const action = {
      text: 'Book ten first meetings',
      kind: 'task',
      ownerId: org.rep.employee.id,
      dueOn: `${year}-09-15`,
    };
    await api()
      .post(`/api/performance/reviews/${review.id}/actions`)
      .set(bearer(tokens.manager))
      .send({ ...action, ownerId: org.otherRep.employee.id })
      .expect(400);
    await api()
      .post(`/api/performance/reviews/${review.id}/actions`)
      .set(bearer(tokens.manager))
      .send({ ...action, kind: 'course' })
      .expect(400);
    const withAction = await api()
      .post(`/api/performance/reviews/${review.id}/actions`)
      .set(bearer(tokens.manager))
      .send(action)
      .expect(200);
    expect(withAction.body.actions).toHaveLength(1);
    await api().post(`/api/performance/reviews/${review.id}/share`).set(bearer(tokens.manager)).expect(200);

    const seen = await api().get(`/api/performance/reviews/${review.id}`).set(bearer(tokens.rep)).expect(200);
    expect(seen.body).toMatchObject({
      status: 'shared',
      canEdit: false,
      canAcknowledge: true,
      whatWorked: 'Demos to lab managers',
    });
    await api()
      .patch(`/api/performance/reviews/${review.id}`)
      .set(bearer(tokens.rep))
      .send({ whatWorked: 'x' })
      .expect(403);
    await api()
      .post(`/api/performance/reviews/${review.id}/acknowledge`)
      .set(bearer(tokens.otherRep))
      .expect(403);
    await api().post(`/api/performance/reviews/${review.id}/acknowledge`).set(bearer(tokens.rep)).expect(200);
    await api()
      .patch(`/api/performance/reviews/${review.id}`)
      .set(bearer(tokens.manager))
      .send({ whatWorked: 'Changed later' })
      .expect(409);

    // The open action comes back on the next review, until it is done.
    await api().post(`/api/performance/periods/${august}/close`).set(bearer(tokens.hr)).expect(200);
    const next = (await start(tokens.manager, org.rep.employee.id, august).expect(200)).body;
    expect(next.openEarlierActions.map((a: { text: string }) => a.text)).toEqual(['Book ten first meetings']);
    await api()
      .post(`/api/performance/reviews/${review.id}/actions/${withAction.body.actions[0].id}/done`)
      .set(bearer(tokens.rep))
      .expect(200);
    const after = await api()
      .get(`/api/performance/reviews/${next.id}`)
      .set(bearer(tokens.manager))
      .expect(200);
    expect(after.body.openEarlierActions).toEqual([]);

    const completion = await api()
      .get('/api/performance/reviews/completion')
      .query({ periodId: july })
      .set(bearer(tokens.manager))
      .expect(200);
    expect(completion.body.find((u: { orgUnitId: string }) => u.orgUnitId === org.myTeam.id)).toMatchObject({
      started: 1,
      shared: 1,
      acknowledged: 1,
    });
    await api()
      .get('/api/performance/reviews/completion')
      .query({ periodId: july })
      .set(bearer(tokens.rep))
      .expect(403);
  });

  it('records a single transaction through the API, idempotently under 50 parallel writes', async () => {
    const source = `api-${tag()}`;
    const body = {
      source,
      externalId: 'DEAL-1',
      date: `${year}-10-02`,
      customer: 'Acme',
      values: { [revenue.code]: '2500.00' },
      credits: [
        { employee: org.rep.employee.email, share: '0.5' },
        { employee: org.manager.employee.email, share: '0.5' },
      ],
    };
    await api().post('/api/performance/transactions').set(bearer(tokens.rep)).send(body).expect(403);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        api().post('/api/performance/transactions').set(bearer(tokens.hr)).send(body),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(answers[0]?.body).toMatchObject({
      externalId: 'DEAL-1',
      customer: 'Acme',
      values: { [revenue.code]: '2500.00' },
    });
    expect(answers[0]?.body.credits).toHaveLength(2);
    const [{ n, audits }] = await db.query(
      `select (select count(*)::int from sales_transactions where source = $1) as n,
              (select count(*)::int from audit_log a join sales_transactions t on t.id::text = a.entity_id
                where t.source = $1 and a.action = 'sales_transaction.create') as audits`,
      [source],
    );
    expect({ n, audits }).toEqual({ n: 1, audits: 1 });

    const problems = async (change: object) => {
      const res = await api()
        .post('/api/performance/transactions')
        .set(bearer(tokens.hr))
        .send({ ...body, externalId: `BAD-${tag()}`, ...change })
        .expect(400);
      return (res.body.errors as { field: string; code: string }[]).map((e) => `${e.field} ${e.code}`);
    };
    expect(await problems({ credits: [{ employee: 'ghost@nowhere.test', share: '1' }] })).toEqual([
      'credits[0].employee no_such_record',
    ]);
    expect(await problems({ credits: [{ employee: org.rep.employee.email, share: '0.5' }] })).toEqual([
      'credits[0].share incomplete',
    ]);
    expect(await problems({ values: { [revenue.code]: '12.345' } })).toEqual([
      `values.${revenue.code} format`,
    ]);
    expect(await problems({ values: { nonsense: '1' } })).toEqual(['values.nonsense no_such_record']);
    expect(await problems({ date: `${year}-05-03` })).toEqual(['date date']);
  });
});
