import { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningUnitCourseCounts1795977314683 implements MigrationInterface {
  name = 'LearningUnitCourseCounts1795977314683';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "learning_unit_course_counts" ("org_unit_id" uuid NOT NULL, "course_id" uuid NOT NULL, "due_date" date NOT NULL, "enrolled" integer NOT NULL, "completed" integer NOT NULL, CONSTRAINT "PK_4f5dcc4cd1ea92a9d1300636575" PRIMARY KEY ("org_unit_id", "course_id", "due_date"))',
    );
    await queryRunner.query(
      'ALTER TABLE "learning_unit_course_counts" ADD CONSTRAINT "fk_learning_unit_course_counts_unit" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "learning_unit_course_counts" ADD CONSTRAINT "fk_learning_unit_course_counts_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Every writer of enrolments keeps the counts by these statement triggers, adding what a
    // statement changed under the learner's unit (people who left count nowhere). An update
    // that changes no count (progress, time spent) touches no row, so the learners of one unit
    // do not queue behind each other. The learners' rows are share-locked first: a move of
    // one of them (identity's EmployeeMoves, which locks the row to change it) either
    // finishes before, and these counts go to the new unit, or waits and then moves them too.
    await queryRunner.query(`
      CREATE FUNCTION learning_add_unit_course_counts(
        employee_ids uuid[], course_ids uuid[], due_dates date[], enrolled int[], completed int[])
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF employee_ids IS NULL THEN
          RETURN;
        END IF;
        PERFORM 1 FROM employees WHERE id = ANY (employee_ids) ORDER BY id FOR SHARE;
        INSERT INTO learning_unit_course_counts AS c (org_unit_id, course_id, due_date, enrolled, completed)
          SELECT emp.org_unit_id, d.course_id, d.due_date, sum(d.enrolled), sum(d.completed)
            FROM unnest(employee_ids, course_ids, due_dates, enrolled, completed)
                   AS d(employee_id, course_id, due_date, enrolled, completed)
            JOIN employees emp ON emp.id = d.employee_id AND emp.status <> 'left'
           GROUP BY emp.org_unit_id, d.course_id, d.due_date
          HAVING sum(d.enrolled) <> 0 OR sum(d.completed) <> 0
           ORDER BY 1, 2, 3
        ON CONFLICT (org_unit_id, course_id, due_date)
          DO UPDATE SET enrolled = c.enrolled + excluded.enrolled, completed = c.completed + excluded.completed;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION learning_count_unit_courses() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM learning_add_unit_course_counts(array_agg(employee_id), array_agg(course_id),
                    array_agg(coalesce(due_date, 'infinity')), array_agg(1), array_agg((completed_at IS NOT NULL)::int))
             FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM learning_add_unit_course_counts(array_agg(employee_id), array_agg(course_id),
                    array_agg(coalesce(due_date, 'infinity')), array_agg(-1), array_agg(-(completed_at IS NOT NULL)::int))
             FROM old_rows;
        ELSE
          PERFORM learning_add_unit_course_counts(array_agg(d.employee_id), array_agg(d.course_id),
                    array_agg(d.due_date), array_agg(d.enrolled), array_agg(d.completed))
             FROM (SELECT n.employee_id, n.course_id, coalesce(n.due_date, 'infinity') AS due_date,
                          1 AS enrolled, (n.completed_at IS NOT NULL)::int AS completed,
                          o.employee_id AS old_employee, o.course_id AS old_course,
                          coalesce(o.due_date, 'infinity') AS old_due, (o.completed_at IS NOT NULL)::int AS old_completed
                     FROM new_rows n JOIN old_rows o ON o.id = n.id) pair
            CROSS JOIN LATERAL (VALUES (pair.employee_id, pair.course_id, pair.due_date, 1, pair.completed),
                                       (pair.old_employee, pair.old_course, pair.old_due, -1, -pair.old_completed))
                    AS d(employee_id, course_id, due_date, enrolled, completed)
            WHERE (pair.employee_id, pair.course_id, pair.due_date, pair.completed)
                  IS DISTINCT FROM (pair.old_employee, pair.old_course, pair.old_due, pair.old_completed);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER learning_unit_course_counts_on_insert AFTER INSERT ON enrolments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_count_unit_courses()',
    );
    await queryRunner.query(
      'CREATE TRIGGER learning_unit_course_counts_on_update AFTER UPDATE ON enrolments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_count_unit_courses()',
    );
    await queryRunner.query(
      'CREATE TRIGGER learning_unit_course_counts_on_delete AFTER DELETE ON enrolments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_count_unit_courses()',
    );
    // Everything enrolled so far.
    await queryRunner.query(`
      INSERT INTO learning_unit_course_counts (org_unit_id, course_id, due_date, enrolled, completed)
      SELECT emp.org_unit_id, e.course_id, coalesce(e.due_date, 'infinity'), count(*)::int,
             (count(*) FILTER (WHERE e.completed_at IS NOT NULL))::int
        FROM enrolments e JOIN employees emp ON emp.id = e.employee_id AND emp.status <> 'left'
       GROUP BY 1, 2, 3`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER learning_unit_course_counts_on_delete ON enrolments');
    await queryRunner.query('DROP TRIGGER learning_unit_course_counts_on_update ON enrolments');
    await queryRunner.query('DROP TRIGGER learning_unit_course_counts_on_insert ON enrolments');
    await queryRunner.query('DROP FUNCTION learning_count_unit_courses()');
    await queryRunner.query(
      'DROP FUNCTION learning_add_unit_course_counts(uuid[], uuid[], date[], int[], int[])',
    );
    await queryRunner.query(
      'ALTER TABLE "learning_unit_course_counts" DROP CONSTRAINT "fk_learning_unit_course_counts_course"',
    );
    await queryRunner.query(
      'ALTER TABLE "learning_unit_course_counts" DROP CONSTRAINT "fk_learning_unit_course_counts_unit"',
    );
    await queryRunner.query('DROP TABLE "learning_unit_course_counts"');
  }
}
