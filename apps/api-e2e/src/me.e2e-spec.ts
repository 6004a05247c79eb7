import type { DataSource } from 'typeorm';
import type { TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

describe('my profile', () => {
  let db: DataSource;
  let org: TestOrganisation;
  let tokens: RoleTokens;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
  });
  afterAll(() => db.destroy());

  it('shows a rep their record, manager and path from the company to their unit', async () => {
    const res = await api().get('/api/me').set(bearer(tokens.rep));
    expect(res.status).toBe(200);
    expect(res.body.employee).toMatchObject({ id: org.rep.employee.id, orgUnitName: org.myTeam.name });
    expect(res.body.manager).toMatchObject({ id: org.manager.employee.id });
    expect(res.body.orgUnitPath.map((u: { id: string }) => u.id)).toEqual([
      org.company.id,
      org.region.id,
      org.myTeam.id,
    ]);
  });

  it('counts direct reports for a manager', async () => {
    const res = await api().get('/api/me').set(bearer(tokens.manager));
    expect(res.body.directReports).toBe(1);
  });

  it('saves the language preference and refuses unknown languages', async () => {
    const ok = await api().patch('/api/me/preferences').set(bearer(tokens.rep)).send({ locale: 'zh-CN' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.locale).toBe('zh-CN');
    const bad = await api().patch('/api/me/preferences').set(bearer(tokens.rep)).send({ locale: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('locale');
  });
});

describe('the audit log over HTTP', () => {
  let db: DataSource;
  let tokens: RoleTokens;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ tokens } = await organisationWithTokens(db));
  });
  afterAll(() => db.destroy());

  it.each(['hr', 'manager', 'rep'] as const)('403s %s', async (role) => {
    expect((await api().get('/api/audit').set(bearer(tokens[role]))).status).toBe(403);
  });

  it('filters by action and date, newest first, for an admin', async () => {
    await api().patch('/api/me/preferences').set(bearer(tokens.admin)).send({ locale: 'en' }).expect(200);
    const res = await api()
      .get('/api/audit')
      .query({ action: 'user.preferences', from: new Date(Date.now() - 60_000).toISOString() })
      .set(bearer(tokens.admin));
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(1);
    expect(res.body.items.every((e: { action: string }) => e.action === 'user.preferences')).toBe(true);
    const times = res.body.items.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(
      (await api().get('/api/audit').query({ from: 'yesterday' }).set(bearer(tokens.admin))).status,
    ).toBe(400);
  });
});
