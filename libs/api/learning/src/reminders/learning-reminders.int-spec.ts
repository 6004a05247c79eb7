import { CORE_ENTITIES, type Principal } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@cadre/api/identity';
import { TALENT_ENTITIES, TalentModule } from '@cadre/api/talent';
import {
  createCompetency,
  createTestApp,
  createTestOrganisation,
  type TestApp,
  type TestOrganisation,
} from '@cadre/api/testing';
import { permissionsFor, type Role } from '@cadre/shared/contracts';
import { CoursesService } from '../courses/courses.service';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { LEARNING_ENTITIES } from '../entities';
import { LearningModule } from '../learning.module';
import { LearningReminders } from './learning-reminders';

const principalOf = (person: {
  user: { id: string; email: string; roles: Role[] };
  employee: { id: string };
}): Principal => ({
  userId: person.user.id,
  email: person.user.email,
  displayName: person.user.email,
  roles: person.user.roles,
  permissions: permissionsFor(person.user.roles),
  employeeId: person.employee.id,
});

const t2 = (en: string) => ({ en, zh: `${en}（中文）` });

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
    const course = await courses.create({
      code: 'REMIND-101',
      category: 'in-role',
      title: t2('Reminders'),
      summary: t2('A course to be reminded of'),
      estimatedMinutes: 10,
      competencies: [{ competencyId: competency.id, level: 2 }],
      certifying: false,
      validityMonths: null,
      modules: [
        {
          id: '',
          title: t2('One'),
          items: [
            {
              id: '',
              kind: 'lesson',
              title: t2('Read'),
              body: t2('Text'),
              url: null,
              estimatedMinutes: 5,
              quiz: null,
            },
          ],
        },
      ],
    });
    await courses.publish(course.id);
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
});
