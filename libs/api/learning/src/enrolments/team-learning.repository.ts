import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '@cadre/api/core';
import { TEAM_LEARNING_PEOPLE } from '@cadre/shared/contracts';

/**
 * Whose learning a figure covers: everyone (`unitIds` null), or the people of these org
 * units (the units a manager runs and those below) and the caller themself.
 */
export interface LearnerScope {
  unitIds: string[] | null;
  selfId: string | null;
}

/**
 * The scope's enrolment counts per unit, course and due date: the kept counts of its units
 * and, when the caller's own unit is not one of them, the caller's own enrolments. Its
 * parameters are $1 (unit ids, null for everyone) and $3 (the caller's employee id).
 */
const SCOPED_COUNTS = `scoped_counts as (
  select c.org_unit_id, c.course_id, c.due_date, c.enrolled, c.completed
    from learning_unit_course_counts c
   where $1::uuid[] is null or c.org_unit_id = any($1)
  union all
  select emp.org_unit_id, e.course_id, coalesce(e.due_date, 'infinity'), 1, (e.completed_at is not null)::int
    from enrolments e join employees emp on emp.id = e.employee_id
   where $1::uuid[] is not null and e.employee_id = $3::uuid and emp.status <> 'left'
     and not (emp.org_unit_id = any($1)))`;

/**
 * Read model for the team view and the report: identity's employees and org units joined
 * for scope, names and the tree; the course figures from the per-unit counts learning keeps
 * (`learning_unit_course_counts`), the people's from the per-person summaries.
 */
@Injectable()
export class TeamLearningRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  people(scope: LearnerScope, today: string) {
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
      // Per person from the summary, the furthest behind kept (people who left are not on the team).
      `with per_person as (
         -- The summary the enrolment triggers keep; overdue counts the open due dates before today.
         select s.employee_id, emp.full_name, s.enrolments, s.completed,
                case when cardinality(s.open_due) = 0 then 0 else width_bucket($2::date - 1, s.open_due) end as overdue,
                s.open_due[1] as next_due
           from learning_person_summaries s
           join employees emp on emp.id = s.employee_id and emp.status <> 'left'
          where s.enrolments > 0
            and ($1::uuid[] is null or emp.org_unit_id = any($1) or emp.id = $4::uuid))
       select p.employee_id as "employeeId", p.full_name as "fullName", p.enrolments, p.completed, p.overdue,
              p.next_due::text as "nextDue", (count(*) over ())::int as total
         from per_person p
        order by p.overdue desc, p.next_due nulls last, p.full_name, p.employee_id
        limit $3`,
      [scope.unitIds, today, TEAM_LEARNING_PEOPLE, scope.selfId],
    );
  }

  courses(scope: LearnerScope, today: string) {
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
      // Counted per course from the kept counts (a few rows per unit, course and due date),
      // then the 20-odd courses named.
      `with ${SCOPED_COUNTS},
       per_course as (
         select course_id, sum(enrolled)::int as enrolled, sum(completed)::int as completed,
                coalesce(sum(enrolled - completed) filter (where due_date < $2::date), 0)::int as overdue
           from scoped_counts
          group by course_id
         having sum(enrolled) > 0)
       select c.id as "courseId", c.code, pv.title_en as "titleEn", pv.title_zh as "titleZh",
              p.enrolled, p.completed, p.overdue
         from per_course p
         join courses c on c.id = p.course_id
         join lateral (select title_en, title_zh from course_versions v
                        where v.course_id = c.id order by v.status = 'published' desc, v.version desc limit 1) pv on true
        order by p.overdue desc, c.code`,
      [scope.unitIds, today, scope.selfId],
    );
  }

  /**
   * Per org unit, counting every enrolment of the people in its subtree (so a region sums
   * its teams), in tree order.
   */
  units(scope: LearnerScope, today: string) {
    return selectRows<{
      unitId: string;
      name: string;
      kind: string;
      parentId: string | null;
      depth: number;
      enrolled: number;
      completed: number;
      overdue: number;
    }>(
      this.dataSource,
      `with recursive tree as (
         select id, parent_id, name, 0 as depth, array[name] as path from org_units where parent_id is null
         union all
         select u.id, u.parent_id, u.name, t.depth + 1, t.path || u.name
           from org_units u join tree t on u.parent_id = t.id),
       below as (
         select id as unit_id, id as member_unit from org_units
         union all
         select b.unit_id, u.id from below b join org_units u on u.parent_id = b.member_unit),
       ${SCOPED_COUNTS},
       per_unit as (
         select org_unit_id as unit_id, sum(enrolled)::int as enrolled, sum(completed)::int as completed,
                coalesce(sum(enrolled - completed) filter (where due_date < $2::date), 0)::int as overdue
           from scoped_counts
          group by org_unit_id
         having sum(enrolled) > 0)
       select t.id as "unitId", t.name, u.kind::text as kind, t.parent_id as "parentId", t.depth,
              sum(p.enrolled)::int as enrolled, sum(p.completed)::int as completed, sum(p.overdue)::int as overdue
         from tree t
         join org_units u on u.id = t.id
         join below b on b.unit_id = t.id
         join per_unit p on p.unit_id = b.member_unit
        group by t.id, t.name, u.kind, t.parent_id, t.depth, t.path
        order by t.path`,
      [scope.unitIds, today, scope.selfId],
    );
  }
}
