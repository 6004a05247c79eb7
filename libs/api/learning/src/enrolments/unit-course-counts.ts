import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@cadre/api/core';
import { EmployeeMoves, type EmployeeMove } from '@cadre/api/identity';

/**
 * Keeps `learning_unit_course_counts` right when people change unit or leave: their
 * enrolments' counts leave the unit they counted under and join the new one, in the
 * mover's transaction (identity's EmployeeMoves). Enrolment writes keep it by triggers.
 */
@Injectable()
export class UnitCourseCounts implements OnModuleInit {
  constructor(private readonly moves: EmployeeMoves) {}

  onModuleInit(): void {
    this.moves.subscribe((tx, moves) => this.move(tx, moves));
  }

  async move(tx: Tx, moves: readonly EmployeeMove[]): Promise<void> {
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
}
