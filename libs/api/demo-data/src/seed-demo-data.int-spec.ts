import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule, PasswordHasher } from '@cadre/api/identity';
import { LEARNING_ENTITIES } from '@cadre/api/learning';
import { RECRUITMENT_ENTITIES } from '@cadre/api/recruitment';
import { TALENT_ENTITIES } from '@cadre/api/talent';
import { createTestApp, type TestApp } from '@cadre/api/testing';
import { DEMO_EMPLOYEES, DEMO_LOGINS, DEMO_UNITS } from './demo-company';
import { DEMO_COURSES } from './demo-learning';
import { seedDemoData } from './seed-demo-data';

describe('the demo company', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      entities: [
        ...CORE_ENTITIES,
        ...IDENTITY_ENTITIES,
        ...TALENT_ENTITIES,
        ...LEARNING_ENTITIES,
        ...RECRUITMENT_ENTITIES,
      ],
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

  it('gives the rep an active mentor with two goals and three check-ins, the next one overdue', async () => {
    const [pairing] = await t.db.query(
      `select p.status, p.next_check_in_on < '2026-11-27' as overdue, m.full_name as mentor,
              (select count(*)::int from mentorship_goals g where g.pairing_id = p.id) as goals,
              (select count(*)::int from mentorship_check_ins c where c.pairing_id = p.id) as check_ins
         from mentorship_pairings p join employees m on m.id = p.mentor_id
         join employees e on e.id = p.mentee_id join users u on u.id = e.user_id
        where u.email = 'rep@cadre.test'`,
    );
    expect(pairing).toEqual({
      status: 'active',
      overdue: true,
      mentor: 'Wu Tingting',
      goals: 2,
      check_ins: 3,
    });
    const [pool] = await t.db.query(
      `select count(*)::int as mentors, count(*) filter (where exists (
                select 1 from mentor_strengths s where s.employee_id = mp.employee_id))::int as with_strengths
         from mentor_profiles mp`,
    );
    expect(pool).toEqual({ mentors: 5, with_strengths: 5 });
    const waiting = await t.db.query(
      `select e.full_name from employees e
        where e.hire_date > date '2026-11-27' - 90 and e.status = 'active'
          and exists (select 1 from development_needs n where n.employee_id = e.id and n.closed_at is null)
          and not exists (select 1 from mentorship_pairings p where p.mentee_id = e.id)
        order by 1`,
    );
    expect(waiting.map((w: { full_name: string }) => w.full_name)).toEqual([
      'Luo Bo',
      'Ruby Zhou',
      'Zhang Wen',
    ]);
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

  it('ships the sales competency library in both languages and nine role profiles (four hired into, five more levels of the career tracks)', async () => {
    const [counts] = await t.db.query(
      `select (select count(*)::int from competencies where name_zh <> '' and jsonb_array_length(levels) = 5) as competencies,
              (select count(*)::int from role_profiles) as profiles,
              (select count(*)::int from role_profile_competencies rc join competencies c on c.id = rc.competency_id) as requirements`,
    );
    expect(counts).toEqual({ competencies: 10, profiles: 9, requirements: 46 });
  });

  it('has hiring in progress, with fit computed as the API computes it', async () => {
    const ranked = await t.db.query(
      `select c.full_name as name, a.stage::text as stage, a.fit_score::text as fit, a.knocked_out,
              (a.fit ->> 'disagreement')::boolean as disagreement,
              (select count(*)::int from application_stage_events e where e.application_id = a.id) as events
         from applications a join candidates c on c.id = a.candidate_id
         join requisitions r on r.id = a.requisition_id
        where r.title = 'Account Executive, Analytics Instruments'
        order by a.knocked_out, a.fit_score desc nulls last, c.full_name`,
    );
    // Weights 2+3+2+2+3+1+1 = 14. Wu Hao: solution presentation 3.5 of 4 (weight 2)
    // -> 100 x (14 - 2 x 0.125) / 14 = 98.21. Zhou Lan: product knowledge 2.5 of 3
    // (weight 1) -> 98.81. Sun Qiang misses two must-haves.
    expect(ranked).toEqual([
      {
        name: 'Chen Jing',
        stage: 'offer',
        fit: '100.00',
        knocked_out: false,
        disagreement: false,
        events: 5,
      },
      {
        name: 'Zhou Lan',
        stage: 'interview',
        fit: '98.81',
        knocked_out: false,
        disagreement: true,
        events: 3,
      },
      {
        name: 'Wu Hao',
        stage: 'assessment',
        fit: '98.21',
        knocked_out: false,
        disagreement: false,
        events: 4,
      },
      { name: 'Gao Fei', stage: 'applied', fit: null, knocked_out: false, disagreement: false, events: 1 },
      { name: 'He Yu', stage: 'screening', fit: null, knocked_out: false, disagreement: false, events: 2 },
      { name: 'Lin Tao', stage: 'rejected', fit: null, knocked_out: false, disagreement: false, events: 3 },
      { name: 'Ma Lin', stage: 'interview', fit: null, knocked_out: false, disagreement: false, events: 3 },
      {
        name: 'Sun Qiang',
        stage: 'interview',
        fit: '85.71',
        knocked_out: true,
        disagreement: false,
        events: 3,
      },
    ]);
    // Liu Yang (manager@) owes Ma Lin a scorecard.
    const [owed] = await t.db.query(
      `select count(*)::int as n from application_interviewers i join users u on u.id = i.user_id
        where u.email = 'manager@cadre.test'
          and not exists (select 1 from scorecards s where s.application_id = i.application_id and s.interviewer_user_id = i.user_id)`,
    );
    expect(owed.n).toBe(1);
    const statuses = await t.db.query(
      `select status::text as status, count(*)::int as n from requisitions group by 1 order by 1`,
    );
    expect(statuses).toEqual([
      { status: 'draft', n: 1 },
      { status: 'filled', n: 1 },
      { status: 'open', n: 2 },
    ]);
  });

  it('gives the demo rep the development needs their own hiring scorecards showed', async () => {
    const needs = await t.db.query(
      `select c.code, n.current_level::text as current, n.target_level as target, n.gap::text as gap, n.source,
              a.stage::text as stage, e.role_profile_id is not null as has_profile
         from development_needs n
         join employees e on e.id = n.employee_id
         join users u on u.id = e.user_id
         join competencies c on c.id = n.competency_id
         join applications a on a.id = n.application_id
        where u.email = 'rep@cadre.test'
        order by n.gap desc, c.code`,
    );
    expect(needs.length).toBeGreaterThanOrEqual(2);
    for (const need of needs)
      expect(need).toMatchObject({ source: 'hire', stage: 'hired', has_profile: true });
    expect(needs.every((n: { gap: string }) => Number(n.gap) > 0)).toBe(true);
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

  it('pays the sellers: three months locked by manager and finance, last month awaiting approval', async () => {
    const months: { period: string; status: string; n: number; fourEyes: boolean }[] = await t.db.query(
      `select period_key as period, status, count(*)::int as n,
              bool_and(status = 'draft' or manager_approved_by_user_id <> finance_approved_by_user_id) as "fourEyes"
         from commission_statements group by 1, 2 order by 1`,
    );
    expect(months.map((m) => m.status)).toEqual(['locked', 'locked', 'locked', 'draft']);
    expect(months.every((m) => m.n >= 10 && m.fourEyes)).toBe(true);
    const [mentor] = await t.db.query(
      `select count(*)::int as n, sum(s.payout) > 0 as paid from commission_statements s
         join employees e on e.id = s.employee_id join users u on u.id = e.user_id
        where u.email = 'mentor@cadre.test' and s.status = 'locked'`,
    );
    expect(mentor).toEqual({ n: 3, paid: true });
    const [rep] = await t.db.query(
      `select a.acknowledged_at is null as pending from plan_assignments a
         join employees e on e.id = a.employee_id join users u on u.id = e.user_id where u.email = 'rep@cadre.test'`,
    );
    expect(rep).toEqual({ pending: true });
    const disputes = await t.db.query(
      `select status, count(*)::int as n from statement_disputes group by 1 order by 1`,
    );
    expect(disputes).toEqual([
      { status: 'accepted', n: 1 },
      { status: 'open', n: 1 },
    ]);
    const [paid] = await t.db.query(
      `select s.status, s.payout - (s.calculation ->> 'payout')::numeric as adjusted
         from pay_adjustments a join commission_statements s on s.id = a.applied_statement_id`,
    );
    expect(paid).toEqual({ status: 'draft', adjusted: '1600.00' });
  });

  it('has the rep mid-way through training: onboarding under way, one overdue, one certification earned', async () => {
    const rows: { code: string; started: boolean; completed: boolean; overdue: boolean; done: number }[] =
      await t.db.query(
        `select c.code, e.started_at is not null as started, e.completed_at is not null as completed,
                (e.completed_at is null and e.due_date < '2026-11-27') as overdue,
                (select count(*)::int from enrolment_item_progress p
                  where p.enrolment_id = e.id and p.completed_at is not null) as done
           from enrolments e join courses c on c.id = e.course_id join employees emp on emp.id = e.employee_id join users u on u.id = emp.user_id
          where u.email = 'rep@cadre.test' order by c.code`,
      );
    expect(rows).toEqual([
      { code: 'AE-ONB-101', started: true, completed: false, overdue: false, done: 2 },
      { code: 'COMP-101', started: true, completed: true, overdue: false, done: 3 },
      { code: 'CRM-201', started: false, completed: false, overdue: true, done: 0 },
    ]);
    const [certification] = await t.db.query(
      `select code, expires_at > now() as valid from certifications c join employees emp on emp.id = c.employee_id join users u on u.id = emp.user_id
        where u.email = 'rep@cadre.test'`,
    );
    expect(certification).toEqual({ code: 'COMP-101', valid: true });
    const [evidence] = await t.db.query(
      `select count(*)::int as n from competency_evidence ev join employees emp on emp.id = ev.employee_id join users u on u.id = emp.user_id
        where u.email = 'rep@cadre.test' and ev.source_label = 'COMP-101'`,
    );
    expect(evidence.n).toBe(1);
    const steps = await t.db.query(
      `select i.kind, s.signed_off_at is not null as signed, e.id is not null as enrolled
         from curriculum_assignments a join curriculum_items i on i.curriculum_id = a.curriculum_id
         join employees emp on emp.id = a.employee_id join users u on u.id = emp.user_id
         left join curriculum_task_sign_offs s on s.assignment_id = a.id and s.item_id = i.id
         left join enrolments e on e.curriculum_assignment_id = a.id and e.course_id = i.course_id
        where u.email = 'rep@cadre.test' order by i.position`,
    );
    expect(steps).toEqual([
      { kind: 'course', signed: false, enrolled: true },
      { kind: 'course', signed: false, enrolled: true },
      { kind: 'task', signed: true, enrolled: false },
      { kind: 'task', signed: false, enrolled: false },
      { kind: 'resource', signed: false, enrolled: false },
      { kind: 'mentor', signed: true, enrolled: false },
    ]);
  });

  it('stocks the library: resources tagged, a case study in two versions, stored PDFs that are real PDFs', async () => {
    const resources = await t.db.query(
      `select r.kind, r.current_version as current, count(distinct v.id)::int as versions,
              count(distinct ru.org_unit_id)::int as units
         from library_resources r join library_resource_versions v on v.resource_id = r.id
         left join library_resource_units ru on ru.resource_id = r.id
        group by r.id order by r.kind`,
    );
    expect(resources.length).toBe(5);
    expect(resources.every((r: { units: number }) => r.units >= 1)).toBe(true);
    expect(resources.find((r: { kind: string }) => r.kind === 'case-study')).toEqual({
      kind: 'case-study',
      current: 2,
      versions: 2,
      units: 2,
    });
    const files: { head: string; tail: string }[] = await t.db.query(
      `select convert_from(substring(content from 1 for 5), 'LATIN1') as head,
              convert_from(substring(content from octet_length(content) - 5), 'LATIN1') as tail
         from learning_files`,
    );
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      expect(f.head).toBe('%PDF-');
      expect(f.tail).toContain('%%EOF');
    }
  });

  it('puts the rep on the expert track two of four parts ready for Senior Account Executive, and a nomination before HR', async () => {
    const tracks = await t.db.query(
      `select t.kind, count(l.id)::int as levels from career_tracks t join career_levels l on l.track_id = t.id
        group by t.kind order by t.kind`,
    );
    expect(tracks).toEqual([
      { kind: 'expert', levels: 4 },
      { kind: 'management', levels: 4 },
    ]);
    // The four parts of Senior Account Executive, read as readiness reads them.
    const [rep] = await t.db.query(
      `with senior as (
         select l.id, v.certifications, v.min_months_in_previous_level as months, rv.id as version_id
           from career_levels l
           join career_level_versions v on v.level_id = l.id and v.version = l.current_version
           join role_profiles r on r.id = l.role_profile_id and r.code = 'senior-account-executive'
           join role_profile_versions rv on rv.profile_id = r.id and rv.version = r.current_version),
       rep as (select e.id from employees e join users u on u.id = e.user_id where u.email = 'rep@cadre.test')
       select
         (select bool_and(exists (select 1 from certifications c where c.employee_id = rep.id and c.code = req.code))
            from unnest(senior.certifications) as req(code)) as certified,
         (select p.starts_on <= '2026-11-27'::date - make_interval(months => senior.months)
            from career_positions p where p.employee_id = rep.id and p.ends_on is null) as long_enough,
         (select p.source from career_positions p where p.employee_id = rep.id and p.ends_on is null) as source,
         (select count(*)::int from targets g join fiscal_periods q on q.id = g.period_id and q.kind = 'quarter'
           where g.employee_id = rep.id and q.ends_on < '2026-11-27') as past_quarter_targets,
         (select count(*)::int from role_profile_competencies rc
           where rc.version_id = senior.version_id
             and coalesce((select e.level from competency_evidence e where e.employee_id = rep.id
                            and e.competency_id = rc.competency_id order by e.recorded_at desc, e.level desc limit 1), 0)
                 < rc.target_level) as competency_gaps
       from senior, rep`,
    );
    expect(rep).toMatchObject({
      certified: true,
      long_enough: true,
      source: 'credited',
      past_quarter_targets: 0,
    });
    expect(rep.competency_gaps).toBeGreaterThan(0);
    const nominations = await t.db.query(
      `select e.full_name as name, p.status, (p.readiness ->> 'partsMet')::int as parts, p.justification is not null as justified
         from promotions p join employees e on e.id = p.employee_id`,
    );
    expect(nominations).toEqual([{ name: 'Marcus Lee', status: 'awaiting_hr', parts: 2, justified: true }]);
    // This half's cycle: everyone on a track has an assessment; Marcus Lee's agreed levels are evidence.
    const [cycle] = await t.db.query(
      `select count(*)::int as assessments, count(agreed_at)::int as agreed,
              (select count(*)::int from career_positions where ends_on is null) as positioned
         from competency_assessments`,
    );
    expect(cycle).toEqual({ assessments: cycle.positioned, agreed: 1, positioned: cycle.positioned });
  });

  it('writes every course in both languages, with real quizzes of at least eight questions', () => {
    for (const course of DEMO_COURSES) {
      expect(course.title[1]).not.toBe(course.title[0]);
      expect(course.summary.every((t) => t.length > 20)).toBe(true);
      for (const item of course.modules.flatMap((m) => m.items)) {
        expect(item.title.zh).not.toBe(item.title.en);
        if (item.quiz) expect(item.quiz.questions.length).toBeGreaterThanOrEqual(8);
      }
    }
    expect(DEMO_COURSES.map((c) => c.category)).toEqual(expect.arrayContaining(['onboarding', 'management']));
  });
});
