import { Injectable } from '@nestjs/common';
import { selectRows, type Tx } from '@cadre/api/core';

/** A learner's enrolment, certification or task step that a reminder is about. */
export interface Due {
  kind:
    | 'learning.due_soon'
    | 'learning.overdue'
    | 'learning.cert_expiring'
    | 'learning.sign_off_waiting'
    | 'learning.renewal';
  employeeId: string;
  /** What the dedupe key is about: an enrolment, a certification, or an assignment's step. */
  about: string;
  date: string;
  titleEn: string;
  titleZh: string;
  link: string;
}

@Injectable()
export class RemindersRepository {
  /** Everything a reminder is due for on `date` (yyyy-mm-dd), in one query. */
  dueOn(tx: Tx, date: string): Promise<Due[]> {
    return selectRows<Due>(
      tx,
      `select 'learning.due_soon' as kind, e.employee_id as "employeeId", e.id::text as about, e.due_date::text as date,
              v.title_en as "titleEn", v.title_zh as "titleZh", '/learning/enrolments/' || e.id as link
         from enrolments e join course_versions v on v.id = e.course_version_id
        where e.completed_at is null and e.due_date between $1::date and $1::date + 3
       union all
       select 'learning.overdue', e.employee_id, e.id::text, e.due_date::text, v.title_en, v.title_zh,
              '/learning/enrolments/' || e.id
         from enrolments e join course_versions v on v.id = e.course_version_id
        where e.completed_at is null and e.due_date < $1::date
       union all
       select 'learning.cert_expiring', c.employee_id, c.id::text, (c.expires_at at time zone 'UTC')::date::text,
              v.title_en, v.title_zh,
              coalesce('/learning/enrolments/' || (select e.id from enrolments e
                  where e.employee_id = c.employee_id and e.course_id = v.course_id and e.completed_at is null),
                '/learning')
         from certifications c join course_versions v on v.id = c.course_version_id
        where c.expires_at >= $1::date and c.expires_at < $1::date + 31
          and not exists (select 1 from certifications newer
                           where newer.employee_id = c.employee_id and newer.code = c.code and newer.issued_at > c.issued_at)
       union all
       select 'learning.sign_off_waiting', a.employee_id, a.id || ':' || i.id, (a.start_date + i.due_offset_days)::text,
              i.task_title_en, i.task_title_zh, '/people/' || a.employee_id
         from curriculum_assignments a join curriculum_items i on i.curriculum_id = a.curriculum_id and i.kind = 'task'
        where a.start_date + i.due_offset_days <= $1::date + 3
          and not exists (select 1 from curriculum_task_sign_offs s where s.assignment_id = a.id and s.item_id = i.id)`,
      [date],
    );
  }

  /**
   * Certifications that expire within the renewal window of `date` and that nothing renews
   * yet: no newer certification of the code, no open enrolment in the course. Each with the
   * course's published version to enrol in.
   */
  renewalsDue(tx: Tx, date: string, windowDays: number) {
    return selectRows<{
      certificationId: string;
      employeeId: string;
      courseId: string;
      courseVersionId: string;
      expiresOn: string;
    }>(
      tx,
      `select c.id as "certificationId", c.employee_id as "employeeId", v.course_id as "courseId",
              pub.id as "courseVersionId", (c.expires_at at time zone 'UTC')::date::text as "expiresOn"
         from certifications c
         join course_versions v on v.id = c.course_version_id
         join course_versions pub on pub.course_id = v.course_id and pub.status = 'published'
        where c.expires_at >= $1::date and c.expires_at < $1::date + $2::int + 1
          and not exists (select 1 from certifications newer
                           where newer.employee_id = c.employee_id and newer.code = c.code and newer.issued_at > c.issued_at)
          and not exists (select 1 from enrolments e
                           where e.employee_id = c.employee_id and e.course_id = v.course_id and e.completed_at is null)`,
      [date, windowDays],
    );
  }
}
