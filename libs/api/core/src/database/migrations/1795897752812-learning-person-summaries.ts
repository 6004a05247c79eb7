import { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningPersonSummaries1795897752812 implements MigrationInterface {
  name = 'LearningPersonSummaries1795897752812';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "learning_person_summaries" ("employee_id" uuid NOT NULL, "enrolments" integer NOT NULL, "completed" integer NOT NULL, "open_due" date array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_a8ba7614e9fb3204986df742152" PRIMARY KEY ("employee_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "learning_person_summaries" ADD CONSTRAINT "fk_learning_person_summaries_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Every writer of enrolments (enrolling, completing, a path, the renewal job, bulk loads)
    // keeps the summary by these statement triggers. Rows are locked in one order before the
    // recount, so two writers for one person take turns and the second recount, a new
    // statement, sees what the first committed.
    await queryRunner.query(`
      CREATE FUNCTION learning_refresh_person_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT employee_id) INTO ids FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT employee_id) INTO ids FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT employee_id) INTO ids
            FROM (SELECT employee_id FROM new_rows UNION SELECT employee_id FROM old_rows) changed;
        END IF;
        IF ids IS NULL THEN
          RETURN NULL;
        END IF;
        INSERT INTO learning_person_summaries (employee_id, enrolments, completed)
          SELECT e.id, 0, 0 FROM employees e WHERE e.id = ANY (ids)
          ON CONFLICT (employee_id) DO NOTHING;
        PERFORM 1 FROM learning_person_summaries WHERE employee_id = ANY (ids) ORDER BY employee_id FOR UPDATE;
        UPDATE learning_person_summaries s
           SET enrolments = a.enrolments, completed = a.completed, open_due = a.open_due
          FROM (SELECT p.id AS employee_id,
                       count(e.id)::int AS enrolments,
                       (count(e.id) FILTER (WHERE e.completed_at IS NOT NULL))::int AS completed,
                       coalesce(array_agg(e.due_date ORDER BY e.due_date)
                                  FILTER (WHERE e.completed_at IS NULL AND e.due_date IS NOT NULL), '{}') AS open_due
                  FROM unnest(ids) AS p(id)
                  LEFT JOIN enrolments e ON e.employee_id = p.id
                 GROUP BY p.id) a
         WHERE s.employee_id = a.employee_id;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER learning_person_summaries_on_insert AFTER INSERT ON enrolments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_refresh_person_summaries()',
    );
    await queryRunner.query(
      'CREATE TRIGGER learning_person_summaries_on_update AFTER UPDATE ON enrolments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_refresh_person_summaries()',
    );
    await queryRunner.query(
      'CREATE TRIGGER learning_person_summaries_on_delete AFTER DELETE ON enrolments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_refresh_person_summaries()',
    );
    // Everyone enrolled so far.
    await queryRunner.query(`
      INSERT INTO learning_person_summaries (employee_id, enrolments, completed, open_due)
      SELECT employee_id, count(*)::int, (count(*) FILTER (WHERE completed_at IS NOT NULL))::int,
             coalesce(array_agg(due_date ORDER BY due_date) FILTER (WHERE completed_at IS NULL AND due_date IS NOT NULL), '{}')
        FROM enrolments GROUP BY employee_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER learning_person_summaries_on_delete ON enrolments');
    await queryRunner.query('DROP TRIGGER learning_person_summaries_on_update ON enrolments');
    await queryRunner.query('DROP TRIGGER learning_person_summaries_on_insert ON enrolments');
    await queryRunner.query('DROP FUNCTION learning_refresh_person_summaries()');
    await queryRunner.query(
      'ALTER TABLE "learning_person_summaries" DROP CONSTRAINT "fk_learning_person_summaries_employee"',
    );
    await queryRunner.query('DROP TABLE "learning_person_summaries"');
  }
}
