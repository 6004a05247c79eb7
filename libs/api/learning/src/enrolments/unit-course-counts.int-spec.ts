import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@cadre/api/identity';
import { TALENT_ENTITIES, TalentModule } from '@cadre/api/talent';
import {
  createCompetency,
  createEmployee,
  createOrgUnit,
  createTestApp,
  createTestOrganisation,
  principalOf,
  TEST_PASSWORD,
  type TestApp,
  type TestOrganisation,
} from '@cadre/api/testing';
import { CoursesService } from '../courses/courses.service';
import { LEARNING_ENTITIES } from '../entities';
import { LearningModule } from '../learning.module';
import { publishOneLessonCourse } from '../testing/one-lesson-course';
import { EnrolmentsService } from './enrolments.service';

/** A small deterministic generator, so a failure replays. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

describe('learning_unit_course_counts', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let courseVersions: { courseId: string; versionId: string }[];
  let people: { id: string }[];
  let units: string[];
  let hrToken: string;

  /** Through identity's API, as HR: the writer that tells learning of the move. */
  const updateEmployee = async (id: string, changes: { orgUnitId?: string; status?: string }) => {
    const res = await t
      .http()
      .patch(`/api/employees/${id}`)
      .set('Authorization', `Bearer ${hrToken}`)
      .send(changes);
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, TalentModule, LearningModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES, ...TALENT_ENTITIES, ...LEARNING_ENTITIES],
    });
    org = await createTestOrganisation(t.db);
    const courses = t.app.get(CoursesService);
    const competency = await createCompetency(t.db);
    courseVersions = [];
    for (const code of ['COUNT-1', 'COUNT-2', 'COUNT-3']) {
      const course = await publishOneLessonCourse(courses, code, competency.id);
      const [v] = await t.db.query(`select id from course_versions where course_id = $1`, [course.id]);
      courseVersions.push({ courseId: course.id, versionId: v.id });
    }
    const third = await createOrgUnit(t.db, { kind: 'team', parentId: org.myTeam.id });
    units = [org.myTeam.id, org.otherTeam.id, third.id];
    people = [];
    for (let i = 0; i < 12; i++) people.push(await createEmployee(t.db, { orgUnitId: units[i % 3] }));
    const session = await t
      .http()
      .post('/api/auth/login')
      .send({ email: org.hr.user.email, password: TEST_PASSWORD });
    hrToken = session.body.accessToken;
  });
  afterAll(() => t.close());

  /** What the counts must say: every enrolment of someone who has not left, by their unit now. */
  const expected = () =>
    t.db.query(
      `select emp.org_unit_id as unit, e.course_id as course, coalesce(e.due_date, 'infinity')::text as due,
                       count(*)::int as enrolled, (count(*) filter (where e.completed_at is not null))::int as completed
                  from enrolments e join employees emp on emp.id = e.employee_id and emp.status <> 'left'
                 where e.course_id = any($1)
                 group by 1, 2, 3 order by 1, 2, 3`,
      [courseVersions.map((c) => c.courseId)],
    );
  const kept = () =>
    t.db.query(
      `select org_unit_id as unit, course_id as course, due_date::text as due, enrolled, completed
                  from learning_unit_course_counts
                 where course_id = any($1) and (enrolled <> 0 or completed <> 0)
                 order by 1, 2, 3`,
      [courseVersions.map((c) => c.courseId)],
    );

  it('agrees with the enrolments after any mix of enrolling, finishing, rescheduling, dropping, moving and leaving', async () => {
    const next = random(20261129);
    const dues = [null, '2026-01-15', '2026-03-01', '2031-06-30'];
    for (let step = 0; step < 60; step++) {
      const person = people[next(people.length)];
      const course = courseVersions[next(courseVersions.length)];
      switch (next(6)) {
        case 0: // enrol (one statement for several people sometimes)
          await t.db.query(
            `insert into enrolments (employee_id, course_id, course_version_id, origin, due_date)
             select p, $2, $3, 'assigned', $4::date from unnest($1::uuid[]) p
             on conflict do nothing`,
            [
              [person.id, people[next(people.length)].id].filter((v, i, a) => a.indexOf(v) === i),
              course.courseId,
              course.versionId,
              dues[next(dues.length)],
            ],
          );
          break;
        case 1: // finish, or reopen
          await t.db.query(
            `update enrolments set completed_at = case when completed_at is null then now() end
              where employee_id = $1 and course_id = $2`,
            [person.id, course.courseId],
          );
          break;
        case 2: // reschedule, and a write that changes no count
          await t.db.query(`update enrolments set due_date = $2::date where employee_id = $1`, [
            person.id,
            dues[next(dues.length)],
          ]);
          await t.db.query(`update enrolments set started_at = now() where employee_id = $1`, [person.id]);
          break;
        case 3: // drop
          await t.db.query(`delete from enrolments where employee_id = $1 and course_id = $2`, [
            person.id,
            course.courseId,
          ]);
          break;
        case 4: // move
          await updateEmployee(person.id, { orgUnitId: units[next(units.length)] });
          break;
        case 5: // leave, or come back
          {
            const [{ status }] = await t.db.query(`select status from employees where id = $1`, [person.id]);
            await updateEmployee(person.id, { status: status === 'left' ? 'active' : 'left' });
          }
          break;
      }
      expect(await kept()).toEqual(await expected());
    }
    expect((await expected()).length).toBeGreaterThan(3);
  });

  it('stays right when many enrol at once while one of them moves', async () => {
    const course = courseVersions[2];
    await Promise.all([
      ...people.map((p) =>
        t.db.query(
          `insert into enrolments (employee_id, course_id, course_version_id, origin, due_date)
           values ($1, $2, $3, 'self', '2031-01-01') on conflict do nothing`,
          [p.id, course.courseId, course.versionId],
        ),
      ),
      updateEmployee(people[0].id, { orgUnitId: units[1] }),
      updateEmployee(people[1].id, { orgUnitId: units[2] }),
    ]);
    expect(await kept()).toEqual(await expected());
  });

  it("gives a manager's team view the figures of their units and their own", async () => {
    const enrolments = t.app.get(EnrolmentsService);
    const team = await enrolments.teamLearning(principalOf(org.manager));
    const [direct] = await t.db.query(
      `with recursive scope as (select id from org_units where manager_id = $1
                                union select u.id from org_units u join scope s on u.parent_id = s.id)
       select count(*)::int as enrolled
         from enrolments e join employees emp on emp.id = e.employee_id and emp.status <> 'left'
        where e.course_id = any($2) and (emp.org_unit_id in (select id from scope) or emp.id = $1)`,
      [org.manager.employee.id, courseVersions.map((c) => c.courseId)],
    );
    const shown = team.courses
      .filter((c) => courseVersions.some((v) => v.courseId === c.courseId))
      .reduce((sum, c) => sum + c.enrolled, 0);
    expect(shown).toBe(direct.enrolled);
    expect(direct.enrolled).toBeGreaterThan(0);
  });
});
