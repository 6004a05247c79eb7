import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES, IdentityModule } from '@cadre/api/identity';
import { LEARNING_ENTITIES } from '@cadre/api/learning';
import { TALENT_ENTITIES } from '@cadre/api/talent';
import {
  createEmployee,
  createTestApp,
  createTestOrganisation,
  createUser,
  principalOf,
  type TestApp,
  type TestOrganisation,
} from '@cadre/api/testing';
import { MENTORSHIP_ENTITIES } from '../entities';
import { MentorshipModule } from '../mentorship.module';
import { PairingsService } from '../pairings/pairings.service';
import { CheckInReminders } from './check-in-reminders';

describe('the daily mentoring reminders', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let reminders: CheckInReminders;
  let mentorUserId: string;
  let pairingId: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, MentorshipModule],
      entities: [
        ...CORE_ENTITIES,
        ...IDENTITY_ENTITIES,
        ...TALENT_ENTITIES,
        ...LEARNING_ENTITIES,
        ...MENTORSHIP_ENTITIES,
      ],
    });
    org = await createTestOrganisation(t.db);
    reminders = t.app.get(CheckInReminders);
    const mentor = await createEmployee(t.db, { orgUnitId: org.myTeam.id, hireDate: '2018-01-01' });
    mentorUserId = (await createUser(t.db, { employeeId: mentor.id })).id;
    await t.db.query(
      `insert into mentor_profiles (employee_id, capacity, languages, nominated_by) values ($1, 2, '{en}', 'hr')`,
      [mentor.id],
    );
    pairingId = (
      await t.app
        .get(PairingsService)
        .create(principalOf(org.hr), { menteeId: org.rep.employee.id, mentorId: mentor.id })
    ).id;
    // The next check-in far from today, where the bootstrap run never reaches.
    await t.db.query(`update mentorship_pairings set next_check_in_on = '2031-03-10' where id = $1`, [
      pairingId,
    ]);
  });
  afterAll(() => t.close());

  const inbox = async (userId: string) =>
    (await t.db.query(
      `select kind, params->>'date' as date from notifications where user_id = $1 and kind like 'mentorship.check_in_%'
        order by created_at, kind`,
      [userId],
    )) as { kind: string; date: string }[];

  it('tells both sides the day before, once, even when two processes run the same day', async () => {
    const runs = await Promise.all([reminders.run('2031-03-09'), reminders.run('2031-03-09')]);
    expect(runs.map((r) => r.ran).sort()).toEqual([false, true]);
    expect(runs.find((r) => r.ran)?.sent).toBe(2);
    expect(await inbox(mentorUserId)).toEqual([{ kind: 'mentorship.check_in_due', date: '2031-03-10' }]);
    expect(await inbox(org.rep.user.id)).toEqual([{ kind: 'mentorship.check_in_due', date: '2031-03-10' }]);
  });

  it('flags the missed check-in the day after, once per missed date', async () => {
    expect(await reminders.run('2031-03-10')).toEqual({ ran: true, sent: 0 });
    expect(await reminders.run('2031-03-11')).toEqual({ ran: true, sent: 2 });
    // Still missed a day later: the same date is not repeated.
    expect(await reminders.run('2031-03-12')).toEqual({ ran: true, sent: 0 });
    expect((await inbox(org.rep.user.id)).map((n) => n.kind)).toEqual([
      'mentorship.check_in_due',
      'mentorship.check_in_overdue',
    ]);
  });

  it('stays quiet about a paused pairing', async () => {
    await t.db.query(
      `update mentorship_pairings set status = 'paused', next_check_in_on = '2031-04-01' where id = $1`,
      [pairingId],
    );
    expect(await reminders.run('2031-04-05')).toEqual({ ran: true, sent: 0 });
  });
});
