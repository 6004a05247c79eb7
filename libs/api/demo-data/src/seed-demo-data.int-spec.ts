import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule, PasswordHasher } from '@cadre/api/identity';
import { TALENT_ENTITIES } from '@cadre/api/talent';
import { createTestApp, type TestApp } from '@cadre/api/testing';
import { DEMO_EMPLOYEES, DEMO_LOGINS, DEMO_UNITS } from './demo-company';
import { seedDemoData } from './seed-demo-data';

describe('the demo company', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES, ...TALENT_ENTITIES],
    });
  });
  afterAll(() => t.close());

  it('loads once into an empty database, and never twice', async () => {
    const hasher = t.app.get(PasswordHasher);
    expect(await seedDemoData(t.db, hasher, '2026-11-27')).toEqual({
      seeded: true,
      units: DEMO_UNITS.length,
      employees: DEMO_EMPLOYEES.length,
      users: DEMO_LOGINS.length,
    });
    expect((await seedDemoData(t.db, hasher, '2026-11-27')).seeded).toBe(false);
    expect((await t.db.query('select count(*)::int as n from employees'))[0].n).toBe(DEMO_EMPLOYEES.length);
  });

  it('has about forty employees and every org structure of the handbook', async () => {
    expect(DEMO_EMPLOYEES.length).toBeGreaterThanOrEqual(38);
    const kinds = (await t.db.query('select distinct kind::text as kind from org_units order by 1')).map(
      (r: { kind: string }) => r.kind,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['region', 'product_line', 'customer_segment', 'composite']),
    );
  });

  it("links each demo login to its person, with the manager managing the rep's team", async () => {
    const [rep] = await t.db.query(
      `select e.hire_date::text as hire_date, m.email as manager_email, mu.email as manager_login, ou.manager_id = m.id as manages_unit
         from users u join employees e on e.user_id = u.id
         join employees m on m.id = e.manager_id
         join users mu on mu.id = m.user_id
         join org_units ou on ou.id = e.org_unit_id
        where u.email = 'rep@cadre.test'`,
    );
    expect(rep).toEqual({
      hire_date: '2026-11-08',
      manager_email: 'liu.yang@northwind.example',
      manager_login: 'manager@cadre.test',
      manages_unit: true,
    });
  });

  it('ships the sales competency library in both languages and four role profiles', async () => {
    const [counts] = await t.db.query(
      `select (select count(*)::int from competencies where name_zh <> '' and jsonb_array_length(levels) = 5) as competencies,
              (select count(*)::int from role_profiles) as profiles,
              (select count(*)::int from role_profile_competencies rc join competencies c on c.id = rc.competency_id) as requirements`,
    );
    expect(counts).toEqual({ competencies: 10, profiles: 4, requirements: 22 });
  });

  it('refers only to people and units it defines', () => {
    const units = new Set(DEMO_UNITS.map((u) => u.key));
    const people = new Set(DEMO_EMPLOYEES.map((e) => e.key));
    expect(DEMO_EMPLOYEES.filter((e) => !units.has(e.unit) || (e.manager && !people.has(e.manager)))).toEqual(
      [],
    );
    expect(
      DEMO_UNITS.filter((u) => (u.parent && !units.has(u.parent)) || (u.manager && !people.has(u.manager))),
    ).toEqual([]);
    expect(new Set(DEMO_EMPLOYEES.map((e) => e.email)).size).toBe(DEMO_EMPLOYEES.length);
  });
});
