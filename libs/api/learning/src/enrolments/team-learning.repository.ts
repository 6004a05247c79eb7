import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '@cadre/api/core';
import { TEAM_LEARNING_PEOPLE } from '@cadre/shared/contracts';

/**
 * Read model for the team view: identity's employees joined for names only. `ids` null
 * means everyone (HR); otherwise the people the caller may see.
 */
@Injectable()
export class TeamLearningRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  people(ids: string[] | null, today: string) {
    return selectRows<{
      employeeId: string;
      fullName: string;
      enrolments: number;
      completed: number;
      overdue: number;
      nextDue: string | null;
      total: number;
    }>(
      this.dataSource,
      `select e.employee_id as "employeeId", emp.full_name as "fullName", count(*)::int as enrolments,
              (count(*) filter (where e.completed_at is not null))::int as completed,
              (count(*) filter (where e.completed_at is null and e.due_date < $2::date))::int as overdue,
              (min(e.due_date) filter (where e.completed_at is null))::text as "nextDue",
              (count(*) over ())::int as total
         from enrolments e join employees emp on emp.id = e.employee_id
        where ($1::uuid[] is null or e.employee_id = any($1))
        group by e.employee_id, emp.full_name
        order by overdue desc, "nextDue" nulls last, emp.full_name
        limit $3`,
      [ids, today, TEAM_LEARNING_PEOPLE],
    );
  }

  courses(ids: string[] | null, today: string) {
    return selectRows<{
      courseId: string;
      code: string;
      titleEn: string;
      titleZh: string;
      enrolled: number;
      completed: number;
      overdue: number;
    }>(
      this.dataSource,
      `select c.id as "courseId", c.code, pv.title_en as "titleEn", pv.title_zh as "titleZh",
              count(*)::int as enrolled,
              (count(*) filter (where e.completed_at is not null))::int as completed,
              (count(*) filter (where e.completed_at is null and e.due_date < $2::date))::int as overdue
         from enrolments e
         join courses c on c.id = e.course_id
         join lateral (select title_en, title_zh from course_versions v
                        where v.course_id = c.id order by v.status = 'published' desc, v.version desc limit 1) pv on true
        where ($1::uuid[] is null or e.employee_id = any($1))
        group by c.id, c.code, pv.title_en, pv.title_zh
        order by overdue desc, c.code`,
      [ids, today],
    );
  }
}
