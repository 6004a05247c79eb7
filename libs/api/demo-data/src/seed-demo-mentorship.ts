import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDaysIso } from '@cadre/shared/util';
import { DEMO_COHORT, DEMO_MENTORS } from './demo-mentorship';
import { insertRows } from './insert-rows';

export interface MentorshipSeedContext {
  now: Date;
  today: string;
  employeeId: (key: string) => string;
  userId: (email: string) => string;
  competencyId: (code: string) => string;
}

/**
 * The mentor pool, the demo rep's mentoring (an active mentor, two goals, three check-ins,
 * the next one overdue), a completed pairing with feedback, and a cohort of new hires
 * waiting for mentors.
 */
export async function seedDemoMentorship(tx: EntityManager, ctx: MentorshipSeedContext): Promise<void> {
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * 86_400_000).toISOString();
  const day = (daysAgo: number) => addDaysIso(ctx.today, -daysAgo);

  // The annual assessment is the evidence the mentors' strengths start from.
  await insertRows(
    tx,
    'competency_evidence',
    DEMO_MENTORS.flatMap((m) =>
      m.strengths.flatMap((s) =>
        s.evidence === null
          ? []
          : [
              {
                employee_id: ctx.employeeId(m.employee),
                competency_id: ctx.competencyId(s.code),
                level: s.evidence,
                source_kind: 'assessment',
                source_id: null,
                source_label: '2025 annual assessment',
                recorded_at: at(200),
              },
            ],
      ),
    ),
  );
  await insertRows(
    tx,
    'mentor_profiles',
    DEMO_MENTORS.map((m, i) => ({
      employee_id: ctx.employeeId(m.employee),
      capacity: m.capacity,
      languages: m.languages,
      availability: m.availability,
      active: true,
      nominated_by: i % 2 === 0 ? 'self' : 'hr',
      created_at: at(120),
      updated_at: at(120),
    })),
  );
  await insertRows(
    tx,
    'mentor_strengths',
    DEMO_MENTORS.flatMap((m) =>
      m.strengths.map((s) => ({
        employee_id: ctx.employeeId(m.employee),
        competency_id: ctx.competencyId(s.code),
        level: s.level,
        reason: s.level === s.evidence ? null : (s.reason ?? null),
      })),
    ),
  );

  // The rep (hired 19 days ago) and Wu Tingting, in the same team: active from day two.
  const rep = ctx.employeeId('rep');
  const mentor = ctx.employeeId('ae-1');
  const pairingId = randomUUID();
  const checkIns = [
    {
      daysAgo: 17,
      author: mentor,
      shared: 'Met for coffee. Walked through the team, the CRM and the first accounts.',
    },
    {
      daysAgo: 12,
      author: rep,
      shared: 'Rehearsed the discovery questions for the Zhang Instruments visit.',
    },
    {
      daysAgo: 9,
      author: mentor,
      shared: 'Debriefed the visit: good questions, rushed the demo. Practise the AX-500 story.',
    },
  ];
  const next = addDaysIso(day(9), 7); // two days ago: overdue
  await insertRows(tx, 'mentorship_pairings', [
    {
      id: pairingId,
      mentor_id: mentor,
      mentee_id: rep,
      status: 'active',
      cross_unit: false,
      proposed_by_user_id: ctx.userId('manager@cadre.test'),
      proposed_at: at(18),
      started_on: day(18),
      first_month_cadence_days: 7,
      cadence_days: 14,
      next_check_in_on: next,
      last_check_in_on: day(9),
      check_in_count: checkIns.length,
      updated_at: at(9),
    },
  ]);
  const needs: { competency_id: string }[] = await tx.query(
    `select competency_id from development_needs where employee_id = $1 and closed_at is null order by gap desc limit 2`,
    [rep],
  );
  const goals = needs.map((n, i) => ({
    id: randomUUID(),
    pairing_id: pairingId,
    title: i === 0 ? 'Run a full discovery call on my own' : 'Present the AX-500 with confidence',
    competency_id: n.competency_id,
    course_id: null,
    target_date: addDaysIso(ctx.today, 45 + i * 15),
    progress: i === 0 ? 40 : 20,
    progress_changed_at: at(9),
    created_at: at(17),
  }));
  await insertRows(tx, 'mentorship_goals', goals);
  const checkInRows = checkIns.map((c) => ({
    id: randomUUID(),
    pairing_id: pairingId,
    held_on: day(c.daysAgo),
    author_employee_id: c.author,
    shared_notes: c.shared,
    next_date: addDaysIso(day(c.daysAgo), 7),
    created_at: at(c.daysAgo),
  }));
  await insertRows(tx, 'mentorship_check_ins', checkInRows);
  const lastCheckIn = checkInRows[2];
  if (lastCheckIn)
    await insertRows(tx, 'mentorship_private_notes', [
      {
        check_in_id: lastCheckIn.id,
        author_employee_id: mentor,
        notes: 'Nervous in front of procurement; pair him with He Jun for the next key-account visit.',
      },
    ]);
  await insertRows(
    tx,
    'mentorship_check_in_goals',
    checkInRows.slice(1).flatMap((c, i) =>
      goals.map((g, j) => ({
        check_in_id: c.id,
        goal_id: g.id,
        progress:
          [
            [20, 10],
            [40, 20],
          ][i]?.[j] ?? 0,
      })),
    ),
  );
  // The first check-in completed "meet your mentor" in the rep's onboarding path.
  await tx.query(
    `insert into curriculum_task_sign_offs (assignment_id, item_id, signed_off_at, signed_off_by_user_id)
     select a.id, i.id, $2::timestamptz, null
       from curriculum_assignments a join curriculum_items i on i.curriculum_id = a.curriculum_id and i.kind = 'mentor'
      where a.employee_id = $1`,
    [rep, at(17)],
  );

  // Last year: Tang Lei mentored Zheng Shu to the end, and both said how it went.
  const completedId = randomUUID();
  await insertRows(tx, 'mentorship_pairings', [
    {
      id: completedId,
      mentor_id: ctx.employeeId('kam-4'),
      mentee_id: ctx.employeeId('kam-3'),
      status: 'completed',
      cross_unit: false,
      proposed_by_user_id: ctx.userId('hr@cadre.test'),
      proposed_at: at(400),
      started_on: day(398),
      ended_on: day(220),
      status_changed_by: 'hr',
      first_month_cadence_days: 7,
      cadence_days: 14,
      next_check_in_on: null,
      last_check_in_on: day(225),
      check_in_count: 12,
      updated_at: at(220),
    },
  ]);
  await insertRows(tx, 'mentorship_feedback', [
    {
      pairing_id: completedId,
      side: 'mentor',
      rating: 4,
      text: 'Quick learner; keep the negotiation practice going.',
      given_at: at(219),
    },
    {
      pairing_id: completedId,
      side: 'mentee',
      rating: 5,
      text: 'The role-plays before each renewal made the difference.',
      given_at: at(218),
    },
  ]);

  // This quarter's hires, waiting for mentors: the gaps their hiring showed.
  await insertRows(
    tx,
    'development_needs',
    DEMO_COHORT.flatMap((c) =>
      c.needs.map(([code, current, target]) => ({
        employee_id: ctx.employeeId(c.employee),
        competency_id: ctx.competencyId(code),
        current_level: current,
        target_level: target,
        gap: target - current,
        source: 'hire',
        application_id: null,
        created_at: at(5),
      })),
    ),
  );
}
