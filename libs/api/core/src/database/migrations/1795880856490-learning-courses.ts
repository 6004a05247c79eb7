import { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningCourses1795880856490 implements MigrationInterface {
  name = 'LearningCourses1795880856490';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "category" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_86b3589486bac01d2903e22471c" UNIQUE ("code"), CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "course_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "title_en" text NOT NULL, "title_zh" text NOT NULL, "summary_en" text NOT NULL, "summary_zh" text NOT NULL, "estimated_minutes" integer NOT NULL, "certifying" boolean NOT NULL, "validity_months" integer, "content" jsonb NOT NULL, "item_count" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_course_versions_status" CHECK (status in (\'draft\', \'published\', \'superseded\')), CONSTRAINT "PK_cc9e77578136a62e599f33d15ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_course_versions_one_published" ON "course_versions"  ("course_id") WHERE status = \'published\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_course_versions_one_draft" ON "course_versions"  ("course_id") WHERE status = \'draft\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_course_versions_course_version" ON "course_versions"  ("course_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "course_id" uuid NOT NULL, "course_version_id" uuid NOT NULL, "origin" text NOT NULL, "assigned_by_user_id" uuid, "due_date" date, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_enrolments_origin" CHECK (origin in (\'self\', \'assigned\', \'hire\')), CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_enrolments_open" ON "enrolments"  ("employee_id", "course_id") WHERE completed_at is null',
    );
    await queryRunner.query('CREATE INDEX "ix_enrolments_employee" ON "enrolments"  ("employee_id") ');
    await queryRunner.query(
      'CREATE TABLE "certifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "code" text NOT NULL, "course_version_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fd763d412e4a1fb1b6dadd6e72b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_certifications_enrolment" ON "certifications"  ("enrolment_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_certifications_employee_code" ON "certifications"  ("employee_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "competency_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "level" smallint NOT NULL, "source_kind" text NOT NULL, "source_id" uuid, "source_label" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c2b0a69a2dc0580ab56633391d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_competency_evidence_employee_competency" ON "competency_evidence"  ("employee_id", "competency_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "course_version_competencies" ("course_version_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "level" smallint NOT NULL, CONSTRAINT "ck_course_version_competencies_level" CHECK (level between 1 and 5), CONSTRAINT "PK_8b72232000d3f6d27e5074854f8" PRIMARY KEY ("course_version_id", "competency_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_course_version_competencies_competency" ON "course_version_competencies"  ("competency_id", "level") ',
    );
    await queryRunner.query(
      'CREATE TABLE "enrolment_item_progress" ("enrolment_id" uuid NOT NULL, "item_id" uuid NOT NULL, "seconds_spent" integer NOT NULL DEFAULT \'0\', "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0cba56e437dcbeb07016342af22" PRIMARY KEY ("enrolment_id", "item_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "item_id" uuid NOT NULL, "number" integer NOT NULL, "questions" jsonb NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb, "score_percent" numeric(5,2), "passed" boolean, CONSTRAINT "PK_a84a93fb092359516dc5b325b90" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_quiz_attempts_number" ON "quiz_attempts"  ("enrolment_id", "item_id", "number") ',
    );
    await queryRunner.query('ALTER TABLE "development_needs" ADD "closed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "development_needs" ADD "closing_evidence_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "course_versions" ADD CONSTRAINT "fk_course_versions_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_course_version" FOREIGN KEY ("course_version_id") REFERENCES "course_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_assigned_by" FOREIGN KEY ("assigned_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "certifications" ADD CONSTRAINT "fk_certifications_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "certifications" ADD CONSTRAINT "fk_certifications_course_version" FOREIGN KEY ("course_version_id") REFERENCES "course_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "certifications" ADD CONSTRAINT "fk_certifications_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_evidence" ADD CONSTRAINT "fk_competency_evidence_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_evidence" ADD CONSTRAINT "fk_competency_evidence_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_needs" ADD CONSTRAINT "fk_development_needs_closing_evidence" FOREIGN KEY ("closing_evidence_id") REFERENCES "competency_evidence"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_version_competencies" ADD CONSTRAINT "fk_course_version_competencies_version" FOREIGN KEY ("course_version_id") REFERENCES "course_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_version_competencies" ADD CONSTRAINT "fk_course_version_competencies_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolment_item_progress" ADD CONSTRAINT "fk_enrolment_item_progress_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quiz_attempts" ADD CONSTRAINT "fk_quiz_attempts_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "quiz_attempts" DROP CONSTRAINT "fk_quiz_attempts_enrolment"');
    await queryRunner.query(
      'ALTER TABLE "enrolment_item_progress" DROP CONSTRAINT "fk_enrolment_item_progress_enrolment"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_version_competencies" DROP CONSTRAINT "fk_course_version_competencies_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_version_competencies" DROP CONSTRAINT "fk_course_version_competencies_version"',
    );
    await queryRunner.query(
      'ALTER TABLE "development_needs" DROP CONSTRAINT "fk_development_needs_closing_evidence"',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_evidence" DROP CONSTRAINT "fk_competency_evidence_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_evidence" DROP CONSTRAINT "fk_competency_evidence_employee"',
    );
    await queryRunner.query('ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_enrolment"');
    await queryRunner.query(
      'ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_course_version"',
    );
    await queryRunner.query('ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_employee"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_assigned_by"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_course_version"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_course"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_employee"');
    await queryRunner.query('ALTER TABLE "course_versions" DROP CONSTRAINT "fk_course_versions_course"');
    await queryRunner.query('ALTER TABLE "development_needs" DROP COLUMN "closing_evidence_id"');
    await queryRunner.query('ALTER TABLE "development_needs" DROP COLUMN "closed_at"');
    await queryRunner.query('DROP INDEX "public"."ux_quiz_attempts_number"');
    await queryRunner.query('DROP TABLE "quiz_attempts"');
    await queryRunner.query('DROP TABLE "enrolment_item_progress"');
    await queryRunner.query('DROP INDEX "public"."ix_course_version_competencies_competency"');
    await queryRunner.query('DROP TABLE "course_version_competencies"');
    await queryRunner.query('DROP INDEX "public"."ix_competency_evidence_employee_competency"');
    await queryRunner.query('DROP TABLE "competency_evidence"');
    await queryRunner.query('DROP INDEX "public"."ix_certifications_employee_code"');
    await queryRunner.query('DROP INDEX "public"."ux_certifications_enrolment"');
    await queryRunner.query('DROP TABLE "certifications"');
    await queryRunner.query('DROP INDEX "public"."ix_enrolments_employee"');
    await queryRunner.query('DROP INDEX "public"."ux_enrolments_open"');
    await queryRunner.query('DROP TABLE "enrolments"');
    await queryRunner.query('DROP INDEX "public"."ux_course_versions_course_version"');
    await queryRunner.query('DROP INDEX "public"."ux_course_versions_one_draft"');
    await queryRunner.query('DROP INDEX "public"."ux_course_versions_one_published"');
    await queryRunner.query('DROP TABLE "course_versions"');
    await queryRunner.query('DROP TABLE "courses"');
  }
}
