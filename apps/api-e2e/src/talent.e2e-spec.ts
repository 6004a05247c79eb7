import type { DataSource } from 'typeorm';
import { createCompetency, createRoleProfile, type TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

const levels = [1, 2, 3, 4, 5].map((level) => ({
  level,
  description: { en: `Does level ${level} things`, zh: `等级 ${level}` },
}));

describe('competency library and role profiles', () => {
  let db: DataSource;
  let tokens: RoleTokens;
  let org: TestOrganisation;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
  });
  afterAll(() => db.destroy());

  const competency = (code: string) => ({
    code,
    category: 'skill',
    name: { en: 'Cold calling', zh: '陌生拜访' },
    description: { en: 'Calls strangers', zh: '拜访陌生客户' },
    levels,
  });

  it('lets HR add a competency in both languages, and managers read the library', async () => {
    const code = `cold-calling-${Date.now()}`;
    const created = await api().post('/api/competencies').set(bearer(tokens.hr)).send(competency(code));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code, name: { zh: '陌生拜访' }, archived: false });
    expect(created.body.levels).toHaveLength(5);
    const list = await api().get('/api/competencies').set(bearer(tokens.manager));
    expect(list.status).toBe(200);
    expect(list.body.map((c: { code: string }) => c.code)).toContain(code);
  });

  it('403s reps, and managers changing the library', async () => {
    expect((await api().get('/api/competencies').set(bearer(tokens.rep))).status).toBe(403);
    expect(
      (await api().post('/api/competencies').set(bearer(tokens.manager)).send(competency('x-y'))).status,
    ).toBe(403);
  });

  it('400s a competency without five levels, or with a level twice', async () => {
    const four = await api()
      .post('/api/competencies')
      .set(bearer(tokens.hr))
      .send({ ...competency('four-levels'), levels: levels.slice(0, 4) });
    expect(four.status).toBe(400);
    expect(four.body.errors).toContainEqual({
      field: 'levels',
      reason: 'must describe all five levels',
      code: expect.any(String),
      params: { min: 5 },
    });
    const twice = await api()
      .post('/api/competencies')
      .set(bearer(tokens.hr))
      .send({ ...competency('twice'), levels: [...levels.slice(0, 4), levels[0]] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0].reason).toMatch(/each of the levels 1, 2, 3, 4 and 5 once/);
  });

  it('409s a duplicate code', async () => {
    const existing = await createCompetency(db);
    const res = await api().post('/api/competencies').set(bearer(tokens.hr)).send(competency(existing.code));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('code_taken');
  });

  it('versions a role profile: a change adds a version and keeps the old one as it was', async () => {
    const [a, b] = [await createCompetency(db), await createCompetency(db)];
    const body = {
      code: `ae-${Date.now()}`,
      name: { en: 'Account Executive', zh: '客户经理' },
      summary: { en: 'Wins new business', zh: '赢得新业务' },
      minYearsExperience: 3,
      education: 'bachelor',
      competencies: [
        { competencyId: a.id, targetLevel: 4, weight: '3', mustHave: true },
        { competencyId: b.id, targetLevel: 3, weight: '1', mustHave: false },
      ],
    };
    const created = await api().post('/api/role-profiles').set(bearer(tokens.hr)).send(body);
    expect(created.status).toBe(201);
    expect(created.body.currentVersion).toBe(1);
    const v1 = created.body.current.id as string;

    const changed = await api()
      .post(`/api/role-profiles/${created.body.id}/versions`)
      .set(bearer(tokens.hr))
      .send({
        ...body,
        code: undefined,
        competencies: [{ competencyId: a.id, targetLevel: 5, weight: '2', mustHave: true }],
      });
    expect(changed.status).toBe(201);
    expect(changed.body.currentVersion).toBe(2);
    expect(changed.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const old = await api().get(`/api/role-profile-versions/${v1}`).set(bearer(tokens.manager));
    expect(
      old.body.competencies.map((c: { targetLevel: number; weight: string }) => [c.targetLevel, c.weight]),
    ).toEqual([
      [4, '3.00'],
      [3, '1.00'],
    ]);
  });

  it('400s a profile with an unknown competency, a zero weight or a target of 6, naming each', async () => {
    const a = await createCompetency(db);
    const res = await api()
      .post('/api/role-profiles')
      .set(bearer(tokens.hr))
      .send({
        code: `bad-${Date.now()}`,
        name: { en: 'X', zh: 'X' },
        summary: { en: '', zh: '' },
        minYearsExperience: 1,
        education: 'bachelor',
        competencies: [
          { competencyId: a.id, targetLevel: 6, weight: '0', mustHave: false },
          {
            competencyId: '00000000-0000-4000-8000-000000000000',
            targetLevel: 3,
            weight: '1',
            mustHave: false,
          },
        ],
      });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['competencies[0].targetLevel', 'competencies[0].weight', 'summary.en']),
    );
  });

  it("shows an employee's role profile to whoever may see the employee: the rep their own, the manager their team's", async () => {
    const profile = await createRoleProfile(db);
    await db.query('update employees set role_profile_id = $1 where id = $2', [
      profile.id,
      org.rep.employee.id,
    ]);
    const url = (employeeId: string) => `/api/employees/${employeeId}/role-profile`;
    const own = await api().get(url(org.rep.employee.id)).set(bearer(tokens.rep));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: profile.id, current: { id: profile.versionId } });
    expect((await api().get(url(org.rep.employee.id)).set(bearer(tokens.manager))).status).toBe(200);
    expect((await api().get(url(org.rep.employee.id)).set(bearer(tokens.otherRep))).status).toBe(403);
    // Someone hired outside Cadre holds no profile.
    const none = await api().get(url(org.manager.employee.id)).set(bearer(tokens.hr));
    expect(none.status).toBe(200);
    expect(none.body).toEqual({});
  });
});
