import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@cadre/api/identity';
import { TALENT_ENTITIES, TalentModule } from '@cadre/api/talent';
import {
  createCompetency,
  createTestApp,
  createTestOrganisation,
  principalOf,
  type TestApp,
  type TestOrganisation,
} from '@cadre/api/testing';
import { CoursesService } from '../courses/courses.service';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { LEARNING_ENTITIES } from '../entities';
import { LearningModule } from '../learning.module';
import { publishOneLessonCourse } from '../testing/one-lesson-course';
import { LearningReminders } from './learning-reminders';

describe('the daily learning reminders', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let reminders: LearningReminders;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, TalentModule, LearningModule],
      entities: [...CORE_ENTITIES, ...IDENTITY_ENTITIES, ...TALENT_ENTITIES, ...LEARNING_ENTITIES],
    });
    org = await createTestOrganisation(t.db);
    reminders = t.app.get(LearningReminders);
    const courses = t.app.get(CoursesService);
    const competency = await createCompetency(t.db);
    const course = await publishOneLessonCourse(courses, 'REMIND-101', competency.id);
    // The manager assigns it to the rep, due 2031-03-10 (days the bootstrap run never reaches).
    await t.app.get(EnrolmentsService).enrol(principalOf(org.manager), {
      courseId: course.id,
      employeeId: org.rep.employee.id,
      dueDate: '2031-03-10',
    });
  });
  afterAll(() => t.close());

  const inbox = async (userId: string) =>
    (await t.db.query(
      `select kind, params->>'date' as date from notifications where user_id = $1 order by created_at, kind`,
      [userId],
    )) as { kind: string; date: string }[];

  it('runs once per date even when two processes start it at the same moment', async () => {
    const runs = await Promise.all([reminders.run('2031-03-08'), reminders.run('2031-03-08')]);
    expect(runs.map((r) => r.ran).sort()).toEqual([false, true]);
    expect(runs.find((r) => r.ran)?.sent).toBe(1);
    expect(await reminders.run('2031-03-08')).toEqual({ ran: false, sent: 0 });
    const [{ n }] = await t.db.query(
      `select count(*)::int as n from job_runs where job = 'learning-reminders' and run_date = '2031-03-08'`,
    );
    expect(n).toBe(1);
  });

  it('says "due soon", then "overdue" once, as the clock moves; the assignment was announced when made', async () => {
    // The day the first test ran (once per date: here it runs, or finds it ran), so this test stands alone.
    await reminders.run('2031-03-08');
    expect(await inbox(org.rep.user.id)).toEqual([
      { kind: 'learning.assigned', date: '2031-03-10' },
      { kind: 'learning.due_soon', date: '2031-03-10' },
    ]);
    expect(await reminders.run('2031-03-09')).toEqual({ ran: true, sent: 0 }); // due soon already said
    expect(await reminders.run('2031-03-11')).toEqual({ ran: true, sent: 1 });
    expect(await reminders.run('2031-03-12')).toEqual({ ran: true, sent: 0 });
    expect((await inbox(org.rep.user.id)).map((n) => n.kind)).toEqual([
      'learning.assigned',
      'learning.due_soon',
      'learning.overdue',
    ]);
    // Nobody else heard of it.
    expect(await inbox(org.otherRep.user.id)).toEqual([]);
    expect(await inbox(org.hr.user.id)).toEqual([]);
  });

  it('leaves a failed run unrecorded, so the next call retries it', async () => {
    const [{ id: courseId }] = await t.db.query(`select id from courses where code = 'REMIND-101'`);
    await t.app.get(EnrolmentsService).enrol(principalOf(org.hr), {
      courseId,
      employeeId: org.otherRep.employee.id,
      dueDate: '2031-05-01',
    });
    // Refuse new "overdue" rows for a moment: the day's run fails half-way.
    await t.db.query(
      `alter table notifications add constraint ck_reminders_test check (kind <> 'learning.overdue') not valid`,
    );
    try {
      await expect(reminders.run('2031-05-02')).rejects.toThrow(/ck_reminders_test/);
    } finally {
      await t.db.query(`alter table notifications drop constraint ck_reminders_test`);
    }
    const [{ n }] = await t.db.query(`select count(*)::int as n from job_runs where run_date = '2031-05-02'`);
    expect(n).toBe(0);
    expect(await reminders.run('2031-05-02')).toEqual({ ran: true, sent: 1 });
    expect((await inbox(org.otherRep.user.id)).map((x) => x.kind)).toEqual([
      'learning.assigned',
      'learning.overdue',
    ]);
  });

  it('re-enrols a holder 60 days before their certification expires, once, and points the expiry reminder at it', async () => {
    const [{ id: courseId, versionId }] = await t.db.query(
      `select c.id, v.id as "versionId" from courses c join course_versions v on v.course_id = c.id
        where c.code = 'REMIND-101' and v.status = 'published'`,
    );
    const holder = org.admin.employee.id;
    const [{ id: enrolmentId }] = await t.db.query(
      `insert into enrolments (employee_id, course_id, course_version_id, origin, enrolled_at, started_at, completed_at)
       values ($1, $2, $3, 'self', '2030-08-01', '2030-08-01', '2030-08-31') returning id`,
      [holder, courseId, versionId],
    );
    await t.db.query(
      `insert into certifications (employee_id, code, course_version_id, enrolment_id, issued_at, expires_at)
       values ($1, 'REMIND-101', $2, $3, '2030-08-31T09:00:00Z', '2031-08-31T09:00:00Z')`,
      [holder, versionId, enrolmentId],
    );
    const open = () =>
      t.db.query(
        `select origin, due_date::text as due from enrolments where employee_id = $1 and completed_at is null`,
        [holder],
      ) as Promise<{ origin: string; due: string }[]>;

    await reminders.run('2031-06-30'); // 62 days before: not yet
    expect(await open()).toEqual([]);
    await reminders.run('2031-07-02'); // 60 days before
    expect(await open()).toEqual([{ origin: 'renewal', due: '2031-08-31' }]);
    await Promise.all([
      reminders.run('2031-07-03'),
      reminders.run('2031-07-03'),
      reminders.run('2031-07-04'),
    ]);
    expect(await open()).toHaveLength(1);
    await reminders.run('2031-08-02'); // 29 days before: the expiry reminder leads to the renewal
    const notes = (await t.db.query(
      `select kind, link from notifications where user_id = $1 and kind like 'learning.%' order by created_at`,
      [org.admin.user.id],
    )) as { kind: string; link: string }[];
    const [{ id: renewalId }] = await t.db.query(
      `select id from enrolments where employee_id = $1 and completed_at is null`,
      [holder],
    );
    expect(notes).toEqual([
      { kind: 'learning.renewal', link: `/learning/enrolments/${renewalId}` },
      { kind: 'learning.cert_expiring', link: `/learning/enrolments/${renewalId}` },
    ]);
  });
});
