import { MigrationInterface, QueryRunner } from 'typeorm';

export class MentorshipProgramme1795920912277 implements MigrationInterface {
  name = 'MentorshipProgramme1795920912277';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mentor_profiles" ("employee_id" uuid NOT NULL, "capacity" integer NOT NULL, "languages" text array NOT NULL, "availability" text NOT NULL DEFAULT \'\', "active" boolean NOT NULL DEFAULT true, "nominated_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_profiles_nominated_by" CHECK (nominated_by in (\'self\', \'hr\')), CONSTRAINT "ck_mentor_profiles_capacity" CHECK (capacity between 1 and 10), CONSTRAINT "PK_2c4a475c4f357293a4db8ac2cf5" PRIMARY KEY ("employee_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mentor_strengths" ("employee_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "level" integer NOT NULL, "reason" text, CONSTRAINT "ck_mentor_strengths_level" CHECK (level between 1 and 5), CONSTRAINT "PK_35226871bfd74f1d53877a0d23e" PRIMARY KEY ("employee_id", "competency_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mentorship_pairings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "status" text NOT NULL, "cross_unit" boolean NOT NULL, "proposed_by_user_id" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_on" date, "ended_on" date, "status_reason" text, "status_changed_by" text, "first_month_cadence_days" integer NOT NULL, "cadence_days" integer NOT NULL, "next_check_in_on" date, "last_check_in_on" date, "check_in_count" integer NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentorship_pairings_cadence" CHECK (first_month_cadence_days between 1 and 90 and cadence_days between 1 and 90), CONSTRAINT "ck_mentorship_pairings_not_self" CHECK (mentor_id <> mentee_id), CONSTRAINT "ck_mentorship_pairings_status" CHECK (status in (\'proposed\', \'active\', \'paused\', \'completed\', \'cancelled\')), CONSTRAINT "PK_7166e0aa6590150c440e90cb81b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentorship_pairings_mentor" ON "mentorship_pairings"  ("mentor_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentorship_pairings_mentee" ON "mentorship_pairings"  ("mentee_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_mentorship_pairings_open_mentee" ON "mentorship_pairings"  ("mentee_id") WHERE status in (\'proposed\', \'active\', \'paused\')',
    );
    await queryRunner.query(
      'CREATE TABLE "mentorship_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pairing_id" uuid NOT NULL, "title" text NOT NULL, "competency_id" uuid, "course_id" uuid, "target_date" date NOT NULL, "progress" integer NOT NULL DEFAULT \'0\', "progress_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentorship_goals_progress" CHECK (progress between 0 and 100), CONSTRAINT "PK_282708a9b8a2001d731c639484b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentorship_goals_pairing" ON "mentorship_goals"  ("pairing_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentorship_check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pairing_id" uuid NOT NULL, "held_on" date NOT NULL, "author_employee_id" uuid NOT NULL, "shared_notes" text NOT NULL, "next_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_781f633d69eee3ef1aea8b35968" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_mentorship_check_ins_day" ON "mentorship_check_ins"  ("pairing_id", "held_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentorship_private_notes" ("check_in_id" uuid NOT NULL, "author_employee_id" uuid NOT NULL, "notes" text NOT NULL, CONSTRAINT "PK_418e45cfc036878fe7626cf0e8b" PRIMARY KEY ("check_in_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mentorship_check_in_goals" ("check_in_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "progress" integer NOT NULL, CONSTRAINT "ck_mentorship_check_in_goals_progress" CHECK (progress between 0 and 100), CONSTRAINT "PK_8975a71cfe84502e0aff7d09f93" PRIMARY KEY ("check_in_id", "goal_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mentorship_feedback" ("pairing_id" uuid NOT NULL, "side" text NOT NULL, "rating" integer NOT NULL, "text" text NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentorship_feedback_side" CHECK (side in (\'mentor\', \'mentee\')), CONSTRAINT "ck_mentorship_feedback_rating" CHECK (rating between 1 and 5), CONSTRAINT "PK_dfac907303fa1c46709bb103ebc" PRIMARY KEY ("pairing_id", "side"))',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_profiles" ADD CONSTRAINT "fk_mentor_profiles_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_strengths" ADD CONSTRAINT "fk_mentor_strengths_profile" FOREIGN KEY ("employee_id") REFERENCES "mentor_profiles"("employee_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_strengths" ADD CONSTRAINT "fk_mentor_strengths_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_pairings" ADD CONSTRAINT "fk_mentorship_pairings_mentor" FOREIGN KEY ("mentor_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_pairings" ADD CONSTRAINT "fk_mentorship_pairings_mentee" FOREIGN KEY ("mentee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_pairings" ADD CONSTRAINT "fk_mentorship_pairings_proposer" FOREIGN KEY ("proposed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_goals" ADD CONSTRAINT "fk_mentorship_goals_pairing" FOREIGN KEY ("pairing_id") REFERENCES "mentorship_pairings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_goals" ADD CONSTRAINT "fk_mentorship_goals_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_goals" ADD CONSTRAINT "fk_mentorship_goals_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_ins" ADD CONSTRAINT "fk_mentorship_check_ins_pairing" FOREIGN KEY ("pairing_id") REFERENCES "mentorship_pairings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_ins" ADD CONSTRAINT "fk_mentorship_check_ins_author" FOREIGN KEY ("author_employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_private_notes" ADD CONSTRAINT "fk_mentorship_private_notes_check_in" FOREIGN KEY ("check_in_id") REFERENCES "mentorship_check_ins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_in_goals" ADD CONSTRAINT "fk_mentorship_check_in_goals_check_in" FOREIGN KEY ("check_in_id") REFERENCES "mentorship_check_ins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_in_goals" ADD CONSTRAINT "fk_mentorship_check_in_goals_goal" FOREIGN KEY ("goal_id") REFERENCES "mentorship_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_feedback" ADD CONSTRAINT "fk_mentorship_feedback_pairing" FOREIGN KEY ("pairing_id") REFERENCES "mentorship_pairings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Curricula gain "meet your mentor" steps (TypeORM compares checks by name only, so by hand).
    await queryRunner.query('ALTER TABLE "curriculum_items" DROP CONSTRAINT "ck_curriculum_items_kind"');
    await queryRunner.query(
      `ALTER TABLE "curriculum_items" ADD CONSTRAINT "ck_curriculum_items_kind" CHECK ((kind = 'course' and course_id is not null and resource_id is null) or (kind = 'task' and course_id is null and resource_id is null and task_title_en is not null and task_title_zh is not null) or (kind = 'resource' and resource_id is not null and course_id is null) or (kind = 'mentor' and course_id is null and resource_id is null and task_title_en is not null and task_title_zh is not null))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "curriculum_items" WHERE kind = 'mentor'`);
    await queryRunner.query('ALTER TABLE "curriculum_items" DROP CONSTRAINT "ck_curriculum_items_kind"');
    await queryRunner.query(
      `ALTER TABLE "curriculum_items" ADD CONSTRAINT "ck_curriculum_items_kind" CHECK ((kind = 'course' and course_id is not null and resource_id is null) or (kind = 'task' and course_id is null and resource_id is null and task_title_en is not null and task_title_zh is not null) or (kind = 'resource' and resource_id is not null and course_id is null))`,
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_feedback" DROP CONSTRAINT "fk_mentorship_feedback_pairing"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_in_goals" DROP CONSTRAINT "fk_mentorship_check_in_goals_goal"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_in_goals" DROP CONSTRAINT "fk_mentorship_check_in_goals_check_in"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_private_notes" DROP CONSTRAINT "fk_mentorship_private_notes_check_in"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_ins" DROP CONSTRAINT "fk_mentorship_check_ins_author"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_check_ins" DROP CONSTRAINT "fk_mentorship_check_ins_pairing"',
    );
    await queryRunner.query('ALTER TABLE "mentorship_goals" DROP CONSTRAINT "fk_mentorship_goals_course"');
    await queryRunner.query(
      'ALTER TABLE "mentorship_goals" DROP CONSTRAINT "fk_mentorship_goals_competency"',
    );
    await queryRunner.query('ALTER TABLE "mentorship_goals" DROP CONSTRAINT "fk_mentorship_goals_pairing"');
    await queryRunner.query(
      'ALTER TABLE "mentorship_pairings" DROP CONSTRAINT "fk_mentorship_pairings_proposer"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_pairings" DROP CONSTRAINT "fk_mentorship_pairings_mentee"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentorship_pairings" DROP CONSTRAINT "fk_mentorship_pairings_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_strengths" DROP CONSTRAINT "fk_mentor_strengths_competency"',
    );
    await queryRunner.query('ALTER TABLE "mentor_strengths" DROP CONSTRAINT "fk_mentor_strengths_profile"');
    await queryRunner.query('ALTER TABLE "mentor_profiles" DROP CONSTRAINT "fk_mentor_profiles_employee"');
    await queryRunner.query('DROP TABLE "mentorship_feedback"');
    await queryRunner.query('DROP TABLE "mentorship_check_in_goals"');
    await queryRunner.query('DROP TABLE "mentorship_private_notes"');
    await queryRunner.query('DROP INDEX "public"."ux_mentorship_check_ins_day"');
    await queryRunner.query('DROP TABLE "mentorship_check_ins"');
    await queryRunner.query('DROP INDEX "public"."ix_mentorship_goals_pairing"');
    await queryRunner.query('DROP TABLE "mentorship_goals"');
    await queryRunner.query('DROP INDEX "public"."ux_mentorship_pairings_open_mentee"');
    await queryRunner.query('DROP INDEX "public"."ix_mentorship_pairings_mentor"');
    await queryRunner.query('DROP INDEX "public"."ix_mentorship_pairings_mentee"');
    await queryRunner.query('DROP TABLE "mentorship_pairings"');
    await queryRunner.query('DROP TABLE "mentor_strengths"');
    await queryRunner.query('DROP TABLE "mentor_profiles"');
  }
}
