import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { EmployeeMove } from '@cadre/api/identity';
import type { Bilingual, CourseCategory, EnrolmentOrigin } from '@cadre/shared/contracts';

/** An enrolment with its course's names and its progress, as the summary query answers it. */
export interface EnrolmentRow {
  id: string;
  employeeId: string;
  courseId: string;
  courseVersionId: string;
  courseCode: string;
  titleEn: string;
  titleZh: string;
  category: CourseCategory;
  origin: EnrolmentOrigin;
  dueDate: string | null;
  enrolledAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** When the certification this enrolment earned expires (null: none, or it never does). */
  certificationExpiresAt: Date | null;
  itemsTotal: number;
  itemsDone: number;
  nextItem: { id: string; title: Bilingual } | null;
}

/** The first item of the version, in reading order, that this enrolment has not done. */
const NEXT_ITEM = `(select jsonb_build_object('id', it.item->>'id', 'title', it.item->'title')
    from jsonb_array_elements(v.content) with ordinality as m(module, mi),
         jsonb_array_elements(m.module->'items') with ordinality as it(item, ii)
   where not exists (select 1 from enrolment_item_progress p
                      where p.enrolment_id = e.id and p.item_id = (it.item->>'id')::uuid and p.completed_at is not null)
   order by m.mi, it.ii limit 1)`;

const SUMMARY = `select e.id, e.employee_id as "employeeId", e.course_id as "courseId",
       e.course_version_id as "courseVersionId", c.code as "courseCode",
       v.title_en as "titleEn", v.title_zh as "titleZh", c.category, e.origin,
       e.due_date::text as "dueDate", e.enrolled_at as "enrolledAt", e.started_at as "startedAt",
       e.completed_at as "completedAt", v.item_count as "itemsTotal",
       (select ct.expires_at from certifications ct where ct.enrolment_id = e.id) as "certificationExpiresAt",
       (select count(*)::int from enrolment_item_progress p
         where p.enrolment_id = e.id and p.completed_at is not null) as "itemsDone",
       case when e.completed_at is null then ${NEXT_ITEM} end as "nextItem"
  from enrolments e
  join course_versions v on v.id = e.course_version_id
  join courses c on c.id = e.course_id`;

@Injectable()
export class EnrolmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Moves the enrolment counts of people who changed unit or left (`learning_unit_course_counts`,
   * otherwise kept by the enrolment triggers): out of the unit they counted under, into the new one.
   */
  async moveUnitCourseCounts(tx: Tx, moves: readonly EmployeeMove[]): Promise<void> {
    await tx.query(
      `with moved as (
         select * from unnest($1::uuid[], $2::uuid[], $3::uuid[]) as m(employee_id, from_unit, to_unit)),
       delta as (
         select m.from_unit as org_unit_id, e.course_id, coalesce(e.due_date, 'infinity') as due_date,
                -1 as enrolled, -(e.completed_at is not null)::int as completed
           from moved m join enrolments e on e.employee_id = m.employee_id
          where m.from_unit is not null
         union all
         select m.to_unit, e.course_id, coalesce(e.due_date, 'infinity'), 1, (e.completed_at is not null)::int
           from moved m join enrolments e on e.employee_id = m.employee_id
          where m.to_unit is not null)
       insert into learning_unit_course_counts as c (org_unit_id, course_id, due_date, enrolled, completed)
       select org_unit_id, course_id, due_date, sum(enrolled), sum(completed)
         from delta
        group by org_unit_id, course_id, due_date
       having sum(enrolled) <> 0 or sum(completed) <> 0
        order by 1, 2, 3
       on conflict (org_unit_id, course_id, due_date)
         do update set enrolled = c.enrolled + excluded.enrolled, completed = c.completed + excluded.completed`,
      [moves.map((m) => m.employeeId), moves.map((m) => m.from), moves.map((m) => m.to)],
    );
  }

  /**
   * Enrols unless an open enrolment in the course exists; either way answers the open
   * one's id, so enrolling twice (or fifty times at once) is one enrolment. A due date
   * given for an open enrolment makes it due by the earlier of the two.
   */
  async enrol(
    tx: Tx,
    enrolment: {
      employeeId: string;
      courseId: string;
      courseVersionId: string;
      origin: EnrolmentOrigin;
      assignedByUserId: string | null;
      dueDate: string | null;
    },
  ): Promise<{ id: string; created: boolean }> {
    const [row] = await selectRows<{ id: string; created: boolean }>(
      tx,
      `insert into enrolments (employee_id, course_id, course_version_id, origin, assigned_by_user_id, due_date)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (employee_id, course_id) where completed_at is null do update
         set due_date = coalesce(least(enrolments.due_date, excluded.due_date), enrolments.due_date, excluded.due_date)
       returning id, (xmax = 0) as created`,
      [
        enrolment.employeeId,
        enrolment.courseId,
        enrolment.courseVersionId,
        enrolment.origin,
        enrolment.assignedByUserId,
        enrolment.dueDate,
      ],
    );
    if (!row) throw new Error('the enrolment upsert returned nothing');
    return row;
  }

  summaries(filter: { employeeId?: string; ids?: string[] }, tx?: Tx): Promise<EnrolmentRow[]> {
    return selectRows<EnrolmentRow>(
      tx ?? this.dataSource.manager,
      `${SUMMARY}
        where ($1::uuid is null or e.employee_id = $1) and ($2::uuid[] is null or e.id = any($2))
        order by e.completed_at is not null, e.due_date nulls last, e.enrolled_at`,
      [filter.employeeId ?? null, filter.ids ?? null],
    );
  }

  /** The enrolment, locked: progress, attempts and completion of one enrolment take turns. */
  async lock(
    tx: Tx,
    id: string,
  ): Promise<{ id: string; employeeId: string; courseVersionId: string; completedAt: Date | null } | null> {
    const [row] = await selectRows<{
      id: string;
      employeeId: string;
      courseVersionId: string;
      completedAt: Date | null;
    }>(
      tx,
      `select id, employee_id as "employeeId", course_version_id as "courseVersionId", completed_at as "completedAt"
         from enrolments where id = $1 for update`,
      [id],
    );
    return row ?? null;
  }

  /** Moves progress forward only: the larger time, the first completion. */
  async recordProgress(
    tx: Tx,
    enrolmentId: string,
    itemId: string,
    secondsSpent: number,
    done: boolean,
  ): Promise<void> {
    await tx.query(
      `insert into enrolment_item_progress as p (enrolment_id, item_id, seconds_spent, completed_at)
       values ($1, $2, $3, case when $4 then now() end)
       on conflict (enrolment_id, item_id) do update
         set seconds_spent = greatest(p.seconds_spent, excluded.seconds_spent),
             completed_at = coalesce(p.completed_at, excluded.completed_at)`,
      [enrolmentId, itemId, secondsSpent, done],
    );
    await tx.query(`update enrolments set started_at = coalesce(started_at, now()) where id = $1`, [
      enrolmentId,
    ]);
  }

  async doneItemIds(enrolmentId: string, tx?: Tx): Promise<Set<string>> {
    const rows = await selectRows<{ itemId: string }>(
      tx ?? this.dataSource.manager,
      `select item_id as "itemId" from enrolment_item_progress where enrolment_id = $1 and completed_at is not null`,
      [enrolmentId],
    );
    return new Set(rows.map((r) => r.itemId));
  }

  async markCompleted(tx: Tx, enrolmentId: string): Promise<void> {
    await tx.query(`update enrolments set completed_at = now() where id = $1 and completed_at is null`, [
      enrolmentId,
    ]);
  }

  async issueCertification(
    tx: Tx,
    c: {
      employeeId: string;
      code: string;
      courseVersionId: string;
      enrolmentId: string;
      validityMonths: number | null;
    },
  ): Promise<void> {
    await tx.query(
      `insert into certifications (employee_id, code, course_version_id, enrolment_id, issued_at, expires_at)
       values ($1, $2, $3, $4, now(), case when $5::int is null then null else now() + make_interval(months => $5::int) end)
       on conflict (enrolment_id) do nothing`,
      [c.employeeId, c.code, c.courseVersionId, c.enrolmentId, c.validityMonths],
    );
  }

  /**
   * Renewal enrolments, due the day the certification expires, in one statement. Someone
   * who enrolled meanwhile keeps their enrolment (the open-enrolment key): no duplicate.
   */
  enrolRenewals(
    tx: Tx,
    renewals: { employeeId: string; courseId: string; courseVersionId: string; expiresOn: string }[],
  ): Promise<{ id: string; employeeId: string; titleEn: string; titleZh: string; dueDate: string }[]> {
    if (!renewals.length) return Promise.resolve([]);
    return selectRows(
      tx,
      `with added as (
         insert into enrolments (employee_id, course_id, course_version_id, origin, due_date)
         select r.employee_id, r.course_id, r.course_version_id, 'renewal', r.due_date
           from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[]) as r(employee_id, course_id, course_version_id, due_date)
         on conflict (employee_id, course_id) where completed_at is null do nothing
         returning id, employee_id, course_version_id, due_date)
       select a.id, a.employee_id as "employeeId", v.title_en as "titleEn", v.title_zh as "titleZh",
              a.due_date::text as "dueDate"
         from added a join course_versions v on v.id = a.course_version_id`,
      [
        renewals.map((r) => r.employeeId),
        renewals.map((r) => r.courseId),
        renewals.map((r) => r.courseVersionId),
        renewals.map((r) => r.expiresOn),
      ],
    );
  }

  /** Read model: identity's employees joined for the holder's name only. */
  certifications(filter: { employeeId?: string; id?: string }) {
    return selectRows<{
      id: string;
      code: string;
      titleEn: string;
      titleZh: string;
      employeeId: string;
      employeeName: string;
      issuedAt: Date;
      expiresAt: Date | null;
      renewalEnrolmentId: string | null;
    }>(
      this.dataSource.manager,
      `select ct.id, ct.code, v.title_en as "titleEn", v.title_zh as "titleZh", ct.employee_id as "employeeId",
              emp.full_name as "employeeName", ct.issued_at as "issuedAt", ct.expires_at as "expiresAt",
              (select e.id from enrolments e
                where e.employee_id = ct.employee_id and e.course_id = v.course_id and e.completed_at is null
                  and ct.expires_at is not null) as "renewalEnrolmentId"
         from certifications ct
         join course_versions v on v.id = ct.course_version_id
         join employees emp on emp.id = ct.employee_id
        where ($1::uuid is null or ct.employee_id = $1) and ($2::uuid is null or ct.id = $2)
        order by ct.issued_at desc`,
      [filter.employeeId ?? null, filter.id ?? null],
    );
  }

  /** The published version of each course, and the caller's open or finished enrolment in it. */
  async publishedCourseIdsWithEnrolment(employeeId: string | null) {
    return selectRows<{ versionId: string; enrolmentId: string | null }>(
      this.dataSource.manager,
      `select v.id as "versionId",
              (select e.id from enrolments e where e.course_id = v.course_id and e.employee_id = $1
                order by e.completed_at is null desc, e.enrolled_at desc limit 1) as "enrolmentId"
         from course_versions v where v.status = 'published'`,
      [employeeId],
    );
  }
}
