import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { PairingStatus } from '@cadre/shared/contracts';

export interface PairingRow {
  id: string;
  status: PairingStatus;
  mentor_id: string;
  mentor_name: string;
  mentor_title: string;
  mentor_unit: string;
  mentee_id: string;
  mentee_name: string;
  mentee_title: string;
  mentee_unit: string;
  mentee_manager_id: string | null;
  cross_unit: boolean;
  proposed_at: Date;
  started_on: string | null;
  ended_on: string | null;
  status_reason: string | null;
  status_changed_by: string | null;
  first_month_cadence_days: number;
  cadence_days: number;
  next_check_in_on: string | null;
  last_check_in_on: string | null;
  check_in_count: number;
}

export interface GoalRow {
  id: string;
  pairing_id: string;
  title: string;
  competency_id: string | null;
  competency_code: string | null;
  competency_en: string | null;
  competency_zh: string | null;
  course_id: string | null;
  course_code: string | null;
  course_en: string | null;
  course_zh: string | null;
  target_date: string;
  progress: number;
  progress_changed_at: Date;
}

export interface CheckInRow {
  id: string;
  held_on: string;
  author_employee_id: string;
  author_name: string;
  shared_notes: string;
  next_date: string | null;
  private_notes: string | null;
  goals: { goalId: string; progress: number }[];
}

export interface FeedbackRow {
  side: 'mentor' | 'mentee';
  rating: number;
  text: string;
  given_at: Date;
}

export interface CourseRow {
  id: string;
  code: string;
  title_en: string;
  title_zh: string;
  competency_id: string;
}

export interface NeedRow {
  competency_id: string;
  code: string;
  name_en: string;
  name_zh: string;
  current_level: string;
  target_level: number;
}

/** Which pairings a list holds: one, someone's own (as mentor or mentee), these mentees', or all. */
export type PairingFilter =
  { ids: string[] } | { participant: string } | { menteeIds: string[] } | { all: true };

const OPEN = `('proposed', 'active', 'paused')`;

/**
 * Pairings and everything in them. Read model: the lists join identity's employees and
 * org units for names, talent's competencies and needs, and learning's courses for goal
 * titles; writes touch mentorship's own tables only.
 */
@Injectable()
export class PairingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: PairingFilter, tx?: Tx): Promise<PairingRow[]> {
    const [where, params] =
      'ids' in filter
        ? ['p.id = any($1::uuid[])', [filter.ids]]
        : 'participant' in filter
          ? ['(p.mentor_id = $1 or p.mentee_id = $1)', [filter.participant]]
          : 'menteeIds' in filter
            ? ['p.mentee_id = any($1::uuid[])', [filter.menteeIds]]
            : ['true', []];
    return selectRows<PairingRow>(
      tx ?? this.dataSource.manager,
      `select p.id, p.status, p.mentor_id, m.full_name as mentor_name, m.job_title as mentor_title,
              mu.name as mentor_unit, p.mentee_id, t.full_name as mentee_name, t.job_title as mentee_title,
              tu.name as mentee_unit, t.manager_id as mentee_manager_id, p.cross_unit, p.proposed_at,
              p.started_on::text as started_on, p.ended_on::text as ended_on, p.status_reason,
              p.status_changed_by, p.first_month_cadence_days, p.cadence_days,
              p.next_check_in_on::text as next_check_in_on, p.last_check_in_on::text as last_check_in_on,
              p.check_in_count
         from mentorship_pairings p
         join employees m on m.id = p.mentor_id join org_units mu on mu.id = m.org_unit_id
         join employees t on t.id = p.mentee_id join org_units tu on tu.id = t.org_unit_id
        where ${where}
        order by p.status in ${OPEN} desc, p.proposed_at desc`,
      params,
    );
  }

  /** Locks the pairing for a change of state or a check-in; answers its status. */
  async lock(tx: Tx, id: string): Promise<PairingStatus | null> {
    const rows = await selectRows<{ status: PairingStatus }>(
      tx,
      'select status from mentorship_pairings where id = $1 for update',
      [id],
    );
    return rows[0]?.status ?? null;
  }

  /**
   * Locks the mentors' profiles in one statement, in id order (so two requests for the same
   * mentors queue instead of deadlocking), and answers each active one's capacity and open
   * pairings. A mentor without an active profile is absent.
   */
  async lockMentors(tx: Tx, mentorIds: string[]): Promise<Map<string, { capacity: number; load: number }>> {
    const locked = await selectRows<{ employee_id: string; capacity: number }>(
      tx,
      `select employee_id, capacity from mentor_profiles
        where employee_id = any($1::uuid[]) and active order by employee_id for update`,
      [mentorIds],
    );
    // Counted in a statement of its own: after waiting on a lock, only a new statement sees
    // what the transaction that held it committed (READ COMMITTED takes one snapshot per statement).
    const loads = await selectRows<{ mentor_id: string; load: number }>(
      tx,
      `select mentor_id, count(*)::int as load from mentorship_pairings
        where mentor_id = any($1::uuid[]) and status in ${OPEN} group by mentor_id`,
      [locked.map((r) => r.employee_id)],
    );
    const load = new Map(loads.map((r) => [r.mentor_id, r.load]));
    return new Map(
      locked.map((r) => [r.employee_id, { capacity: r.capacity, load: load.get(r.employee_id) ?? 0 }]),
    );
  }

  async isActiveMentor(employeeId: string): Promise<boolean> {
    const rows = await selectRows<{ active: boolean }>(
      this.dataSource.manager,
      'select active from mentor_profiles where employee_id = $1',
      [employeeId],
    );
    return rows[0]?.active ?? false;
  }

  async menteesWithOpenPairing(ids: string[], tx?: Tx): Promise<Set<string>> {
    const rows = await selectRows<{ mentee_id: string }>(
      tx ?? this.dataSource.manager,
      `select mentee_id from mentorship_pairings where mentee_id = any($1::uuid[]) and status in ${OPEN}`,
      [ids],
    );
    return new Set(rows.map((r) => r.mentee_id));
  }

  /** Inserts the pairings in one statement (ids chosen by the caller). */
  async insertMany(
    tx: Tx,
    pairings: {
      id: string;
      mentorId: string;
      menteeId: string;
      status: PairingStatus;
      crossUnit: boolean;
      startedOn: string | null;
      nextCheckInOn: string | null;
    }[],
    common: { proposedByUserId: string; firstMonthCadenceDays: number; cadenceDays: number },
  ): Promise<void> {
    await tx.query(
      `insert into mentorship_pairings (id, mentor_id, mentee_id, status, cross_unit, started_on, next_check_in_on,
              proposed_by_user_id, first_month_cadence_days, cadence_days)
       select p.id, p.mentor_id, p.mentee_id, p.status, p.cross_unit, p.started_on, p.next_check_in_on, $8, $9, $10
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::boolean[], $6::date[], $7::date[])
              as p(id, mentor_id, mentee_id, status, cross_unit, started_on, next_check_in_on)`,
      [
        pairings.map((p) => p.id),
        pairings.map((p) => p.mentorId),
        pairings.map((p) => p.menteeId),
        pairings.map((p) => p.status),
        pairings.map((p) => p.crossUnit),
        pairings.map((p) => p.startedOn),
        pairings.map((p) => p.nextCheckInOn),
        common.proposedByUserId,
        common.firstMonthCadenceDays,
        common.cadenceDays,
      ],
    );
  }

  async setStatus(
    tx: Tx,
    id: string,
    change: {
      status: PairingStatus;
      reason: string | null;
      by: string;
      startedOn?: string;
      endedOn?: string;
      nextCheckInOn?: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `update mentorship_pairings
          set status = $2, status_reason = $3, status_changed_by = $4,
              started_on = coalesce($5::date, started_on), ended_on = coalesce($6::date, ended_on),
              next_check_in_on = case when $7::boolean then $8::date else next_check_in_on end,
              updated_at = now()
        where id = $1`,
      [
        id,
        change.status,
        change.reason,
        change.by,
        change.startedOn ?? null,
        change.endedOn ?? null,
        change.nextCheckInOn !== undefined,
        change.nextCheckInOn ?? null,
      ],
    );
  }

  /** New cadence; `next` (when given) is the next meeting it makes. */
  async setCadence(
    tx: Tx,
    id: string,
    firstMonth: number,
    regular: number,
    next: string | null,
  ): Promise<void> {
    await tx.query(
      `update mentorship_pairings set first_month_cadence_days = $2, cadence_days = $3,
              next_check_in_on = coalesce($4::date, next_check_in_on), updated_at = now()
        where id = $1`,
      [id, firstMonth, regular, next],
    );
  }

  goals(pairingIds: string[], tx?: Tx): Promise<GoalRow[]> {
    return selectRows<GoalRow>(
      tx ?? this.dataSource.manager,
      `select g.id, g.pairing_id, g.title, g.competency_id, c.code as competency_code,
              c.name_en as competency_en, c.name_zh as competency_zh, g.course_id, co.code as course_code,
              cv.title_en as course_en, cv.title_zh as course_zh, g.target_date::text as target_date,
              g.progress, g.progress_changed_at
         from mentorship_goals g
         left join competencies c on c.id = g.competency_id
         left join courses co on co.id = g.course_id
         left join lateral (select title_en, title_zh from course_versions v where v.course_id = co.id
                             order by v.version desc limit 1) cv on true
        where g.pairing_id = any($1::uuid[])
        order by g.target_date, g.created_at`,
      [pairingIds],
    );
  }

  /** The mentee's active pairing, locked until the caller's transaction ends; null without one. */
  async lockActiveOfMentee(tx: Tx, menteeId: string): Promise<string | null> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `select id from mentorship_pairings where mentee_id = $1 and status = 'active' for update`,
      [menteeId],
    );
    return row?.id ?? null;
  }

  async insertGoal(
    tx: Tx,
    goal: {
      pairingId: string;
      title: string;
      competencyId: string | null;
      courseId: string | null;
      targetDate: string;
    },
  ): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into mentorship_goals (pairing_id, title, competency_id, course_id, target_date)
       values ($1, $2, $3, $4, $5) returning id`,
      [goal.pairingId, goal.title, goal.competencyId, goal.courseId, goal.targetDate],
    );
    return row.id;
  }

  async goalIdsOf(tx: Tx, pairingId: string): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(
      tx,
      'select id from mentorship_goals where pairing_id = $1',
      [pairingId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Check-ins, newest first; the private notes only where `reader` wrote them. */
  checkIns(pairingId: string, reader: string | null): Promise<CheckInRow[]> {
    return selectRows<CheckInRow>(
      this.dataSource.manager,
      `select ci.id, ci.held_on::text as held_on, ci.author_employee_id, e.full_name as author_name,
              ci.shared_notes, ci.next_date::text as next_date, pn.notes as private_notes,
              coalesce((select json_agg(json_build_object('goalId', g.goal_id, 'progress', g.progress))
                          from mentorship_check_in_goals g where g.check_in_id = ci.id), '[]') as goals
         from mentorship_check_ins ci
         join employees e on e.id = ci.author_employee_id
         left join mentorship_private_notes pn on pn.check_in_id = ci.id and pn.author_employee_id = $2
        where ci.pairing_id = $1
        order by ci.held_on desc`,
      [pairingId, reader],
    );
  }

  /** Records a check-in and moves the pairing's dates and the goals' progress. Null when that day has one. */
  async insertCheckIn(
    tx: Tx,
    checkIn: {
      pairingId: string;
      heldOn: string;
      authorEmployeeId: string;
      sharedNotes: string;
      privateNotes: string;
      nextDate: string | null;
      goals: { goalId: string; progress: number }[];
    },
  ): Promise<{ id: string; first: boolean } | null> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into mentorship_check_ins (pairing_id, held_on, author_employee_id, shared_notes, next_date)
       values ($1, $2, $3, $4, $5) on conflict (pairing_id, held_on) do nothing returning id`,
      [checkIn.pairingId, checkIn.heldOn, checkIn.authorEmployeeId, checkIn.sharedNotes, checkIn.nextDate],
    );
    if (!row) return null;
    if (checkIn.privateNotes)
      await tx.query(
        'insert into mentorship_private_notes (check_in_id, author_employee_id, notes) values ($1, $2, $3)',
        [row.id, checkIn.authorEmployeeId, checkIn.privateNotes],
      );
    if (checkIn.goals.length) {
      await tx.query(
        `insert into mentorship_check_in_goals (check_in_id, goal_id, progress)
         select $1, g.goal_id, g.progress from unnest($2::uuid[], $3::int[]) as g(goal_id, progress)`,
        [row.id, checkIn.goals.map((g) => g.goalId), checkIn.goals.map((g) => g.progress)],
      );
      await tx.query(
        `update mentorship_goals m set progress = g.progress,
                progress_changed_at = case when m.progress <> g.progress then now() else m.progress_changed_at end
           from unnest($1::uuid[], $2::int[]) as g(goal_id, progress) where m.id = g.goal_id`,
        [checkIn.goals.map((g) => g.goalId), checkIn.goals.map((g) => g.progress)],
      );
    }
    // The next meeting is the latest check-in's; a check-in logged late for an earlier day leaves it.
    const [pairing] = await selectRows<{ check_in_count: number }>(
      tx,
      `with moved as (
         update mentorship_pairings
            set check_in_count = check_in_count + 1,
                next_check_in_on = case when last_check_in_on is null or $2::date >= last_check_in_on
                                        then $3::date else next_check_in_on end,
                last_check_in_on = greatest(last_check_in_on, $2::date),
                updated_at = now()
          where id = $1 returning check_in_count)
       select check_in_count from moved`,
      [checkIn.pairingId, checkIn.heldOn, checkIn.nextDate],
    );
    return { id: row.id, first: pairing.check_in_count === 1 };
  }

  feedback(pairingId: string): Promise<FeedbackRow[]> {
    return selectRows<FeedbackRow>(
      this.dataSource.manager,
      'select side, rating, text, given_at from mentorship_feedback where pairing_id = $1 order by side',
      [pairingId],
    );
  }

  /** Null when that side has given theirs already. */
  async insertFeedback(
    tx: Tx,
    pairingId: string,
    side: 'mentor' | 'mentee',
    rating: number,
    text: string,
  ): Promise<boolean> {
    const rows = await selectRows<{ side: string }>(
      tx,
      `insert into mentorship_feedback (pairing_id, side, rating, text) values ($1, $2, $3, $4)
       on conflict do nothing returning side`,
      [pairingId, side, rating, text],
    );
    return rows.length > 0;
  }

  openNeeds(menteeId: string): Promise<NeedRow[]> {
    return selectRows<NeedRow>(
      this.dataSource.manager,
      `select n.competency_id, c.code, c.name_en, c.name_zh, n.current_level::text as current_level,
              n.target_level
         from development_needs n join competencies c on c.id = n.competency_id
        where n.employee_id = $1 and n.closed_at is null order by c.code`,
      [menteeId],
    );
  }

  /** Published courses that bring one of the mentee's open needs to its target level. */
  coursesForNeeds(menteeId: string): Promise<CourseRow[]> {
    return selectRows<CourseRow>(
      this.dataSource.manager,
      `select distinct on (v.course_id) v.course_id as id, c.code, v.title_en, v.title_zh, vc.competency_id
         from development_needs n
         join course_version_competencies vc on vc.competency_id = n.competency_id and vc.level >= n.target_level
         join course_versions v on v.id = vc.course_version_id and v.status = 'published'
         join courses c on c.id = v.course_id
        where n.employee_id = $1 and n.closed_at is null
        order by v.course_id, n.gap desc`,
      [menteeId],
    );
  }

  async existing(tx: Tx, table: 'competencies' | 'courses', ids: string[]): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(tx, `select id from ${table} where id = any($1::uuid[])`, [
      ids,
    ]);
    return new Set(rows.map((r) => r.id));
  }
}
