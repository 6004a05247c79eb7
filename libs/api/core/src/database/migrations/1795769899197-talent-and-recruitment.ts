import { MigrationInterface, QueryRunner } from 'typeorm';

export class TalentAndRecruitment1795769899197 implements MigrationInterface {
  name = 'TalentAndRecruitment1795769899197';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"competency_category\" AS ENUM('knowledge', 'skill', 'behaviour', 'values')",
    );
    await queryRunner.query(
      'CREATE TABLE "competencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "category" "public"."competency_category" NOT NULL, "name_en" text NOT NULL, "name_zh" text NOT NULL, "description_en" text NOT NULL, "description_zh" text NOT NULL, "levels" jsonb NOT NULL, "archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b29ecda233cc61de0d93527813" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_competencies_code" ON "competencies"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "development_needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "current_level" numeric(3,2) NOT NULL, "target_level" smallint NOT NULL, "gap" numeric(3,2) NOT NULL, "source" text NOT NULL, "application_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6dd3b6eae799abcd33f23095a51" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_development_needs_employee" ON "development_needs"  ("employee_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "role_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "current_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90128cc6aeac4d977489c2615e0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_role_profiles_code" ON "role_profiles"  ("code") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"education_level\" AS ENUM('none', 'secondary', 'associate', 'bachelor', 'master', 'doctorate')",
    );
    await queryRunner.query(
      'CREATE TABLE "role_profile_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "version" integer NOT NULL, "name_en" text NOT NULL, "name_zh" text NOT NULL, "summary_en" text NOT NULL DEFAULT \'\', "summary_zh" text NOT NULL DEFAULT \'\', "min_years_experience" integer NOT NULL DEFAULT \'0\', "education" "public"."education_level" NOT NULL DEFAULT \'none\', "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_role_profile_versions_years" CHECK ("min_years_experience" >= 0), CONSTRAINT "PK_452841632056af69c3100553c89" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_role_profile_versions_number" ON "role_profile_versions"  ("profile_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "role_profile_competencies" ("version_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "target_level" smallint NOT NULL, "weight" numeric(6,2) NOT NULL, "must_have" boolean NOT NULL DEFAULT false, "position" smallint NOT NULL DEFAULT \'0\', CONSTRAINT "ck_role_profile_competencies_weight" CHECK ("weight" > 0), CONSTRAINT "ck_role_profile_competencies_target" CHECK ("target_level" BETWEEN 1 AND 5), CONSTRAINT "pk_role_profile_competencies" PRIMARY KEY ("version_id", "competency_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_role_profile_competencies_competency" ON "role_profile_competencies"  ("competency_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"candidate_source\" AS ENUM('referral', 'job_board', 'career_site', 'agency', 'linkedin', 'campus', 'event', 'other')",
    );
    await queryRunner.query(
      'CREATE TABLE "candidates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "email" text, "phone" text, "source" "public"."candidate_source" NOT NULL, "years_experience" numeric(4,1) NOT NULL DEFAULT \'0\', "industries" text array NOT NULL DEFAULT \'{}\', "skills" text array NOT NULL DEFAULT \'{}\', "notes" text NOT NULL DEFAULT \'\', "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_140681296bf033ab1eb95288abb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_candidates_name" ON "candidates"  ("full_name") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_candidates_phone" ON "candidates"  ("phone") WHERE "phone" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_candidates_email" ON "candidates"  ("email") WHERE "email" IS NOT NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"requisition_status\" AS ENUM('draft', 'open', 'on_hold', 'filled', 'cancelled')",
    );
    await queryRunner.query(
      'CREATE TABLE "requisitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "status" "public"."requisition_status" NOT NULL DEFAULT \'draft\', "role_profile_id" uuid NOT NULL, "role_profile_version_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "hiring_manager_id" uuid NOT NULL, "headcount" integer NOT NULL, "filled" integer NOT NULL DEFAULT \'0\', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_requisitions_headcount" CHECK ("headcount" >= 1 AND "filled" >= 0 AND "filled" <= "headcount"), CONSTRAINT "PK_be24649237292ddbd473f3ded92" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_requisitions_status" ON "requisitions"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "ix_requisitions_hiring_manager" ON "requisitions"  ("hiring_manager_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"application_stage\" AS ENUM('applied', 'screening', 'interview', 'assessment', 'offer', 'hired', 'rejected', 'withdrawn')",
    );
    await queryRunner.query(
      'CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "requisition_id" uuid NOT NULL, "role_profile_version_id" uuid NOT NULL, "stage" "public"."application_stage" NOT NULL DEFAULT \'applied\', "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "fit_score" numeric(5,2), "knocked_out" boolean NOT NULL DEFAULT false, "fit" jsonb, "hired_employee_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_applications_ranking" ON "applications"  ("requisition_id", "knocked_out", "fit_score") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_applications_candidate_requisition" ON "applications"  ("candidate_id", "requisition_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "application_interviewers" ("application_id" uuid NOT NULL, "user_id" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assigned_by_user_id" uuid, CONSTRAINT "pk_application_interviewers" PRIMARY KEY ("application_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_application_interviewers_user" ON "application_interviewers"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "application_stage_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "application_id" uuid NOT NULL, "from_stage" "public"."application_stage", "to_stage" "public"."application_stage" NOT NULL, "reason" text NOT NULL DEFAULT \'\', "actor_user_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d7b66efa09a0590f15013d2337e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_application_stage_events_application" ON "application_stage_events"  ("application_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "candidate_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "uploaded_by_user_id" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_110725e4e7190ee66011e5e1106" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_candidate_files_candidate" ON "candidate_files"  ("candidate_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"recommendation\" AS ENUM('strong_no', 'no', 'yes', 'strong_yes')",
    );
    await queryRunner.query(
      'CREATE TABLE "scorecards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "interviewer_user_id" uuid NOT NULL, "recommendation" "public"."recommendation" NOT NULL, "summary" text NOT NULL DEFAULT \'\', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ab8d3887ff2fb66e229c1fdd89" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_scorecards_interviewer" ON "scorecards"  ("application_id", "interviewer_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "scorecard_ratings" ("scorecard_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "rating" smallint NOT NULL, "evidence" text NOT NULL DEFAULT \'\', CONSTRAINT "ck_scorecard_ratings_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "pk_scorecard_ratings" PRIMARY KEY ("scorecard_id", "competency_id"))',
    );
    await queryRunner.query('ALTER TABLE "employees" ADD "role_profile_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "development_needs" ADD CONSTRAINT "fk_development_needs_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_needs" ADD CONSTRAINT "fk_development_needs_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_profile_versions" ADD CONSTRAINT "fk_role_profile_versions_profile" FOREIGN KEY ("profile_id") REFERENCES "role_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_profile_competencies" ADD CONSTRAINT "fk_role_profile_competencies_version" FOREIGN KEY ("version_id") REFERENCES "role_profile_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_profile_competencies" ADD CONSTRAINT "fk_role_profile_competencies_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "requisitions" ADD CONSTRAINT "fk_requisitions_role_profile" FOREIGN KEY ("role_profile_id") REFERENCES "role_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "requisitions" ADD CONSTRAINT "fk_requisitions_role_profile_version" FOREIGN KEY ("role_profile_version_id") REFERENCES "role_profile_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "requisitions" ADD CONSTRAINT "fk_requisitions_org_unit" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "requisitions" ADD CONSTRAINT "fk_requisitions_hiring_manager" FOREIGN KEY ("hiring_manager_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_requisition" FOREIGN KEY ("requisition_id") REFERENCES "requisitions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_role_profile_version" FOREIGN KEY ("role_profile_version_id") REFERENCES "role_profile_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application_interviewers" ADD CONSTRAINT "fk_application_interviewers_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application_interviewers" ADD CONSTRAINT "fk_application_interviewers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application_stage_events" ADD CONSTRAINT "fk_application_stage_events_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_files" ADD CONSTRAINT "fk_candidate_files_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scorecards" ADD CONSTRAINT "fk_scorecards_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scorecards" ADD CONSTRAINT "fk_scorecards_interviewer" FOREIGN KEY ("interviewer_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scorecard_ratings" ADD CONSTRAINT "fk_scorecard_ratings_scorecard" FOREIGN KEY ("scorecard_id") REFERENCES "scorecards"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scorecard_ratings" ADD CONSTRAINT "fk_scorecard_ratings_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "scorecard_ratings" DROP CONSTRAINT "fk_scorecard_ratings_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "scorecard_ratings" DROP CONSTRAINT "fk_scorecard_ratings_scorecard"',
    );
    await queryRunner.query('ALTER TABLE "scorecards" DROP CONSTRAINT "fk_scorecards_interviewer"');
    await queryRunner.query('ALTER TABLE "scorecards" DROP CONSTRAINT "fk_scorecards_application"');
    await queryRunner.query('ALTER TABLE "candidate_files" DROP CONSTRAINT "fk_candidate_files_candidate"');
    await queryRunner.query(
      'ALTER TABLE "application_stage_events" DROP CONSTRAINT "fk_application_stage_events_application"',
    );
    await queryRunner.query(
      'ALTER TABLE "application_interviewers" DROP CONSTRAINT "fk_application_interviewers_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "application_interviewers" DROP CONSTRAINT "fk_application_interviewers_application"',
    );
    await queryRunner.query(
      'ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_role_profile_version"',
    );
    await queryRunner.query('ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_requisition"');
    await queryRunner.query('ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_candidate"');
    await queryRunner.query('ALTER TABLE "requisitions" DROP CONSTRAINT "fk_requisitions_hiring_manager"');
    await queryRunner.query('ALTER TABLE "requisitions" DROP CONSTRAINT "fk_requisitions_org_unit"');
    await queryRunner.query(
      'ALTER TABLE "requisitions" DROP CONSTRAINT "fk_requisitions_role_profile_version"',
    );
    await queryRunner.query('ALTER TABLE "requisitions" DROP CONSTRAINT "fk_requisitions_role_profile"');
    await queryRunner.query(
      'ALTER TABLE "role_profile_competencies" DROP CONSTRAINT "fk_role_profile_competencies_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "role_profile_competencies" DROP CONSTRAINT "fk_role_profile_competencies_version"',
    );
    await queryRunner.query(
      'ALTER TABLE "role_profile_versions" DROP CONSTRAINT "fk_role_profile_versions_profile"',
    );
    await queryRunner.query(
      'ALTER TABLE "development_needs" DROP CONSTRAINT "fk_development_needs_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "development_needs" DROP CONSTRAINT "fk_development_needs_employee"',
    );
    await queryRunner.query('ALTER TABLE "employees" DROP COLUMN "role_profile_id"');
    await queryRunner.query('DROP TABLE "scorecard_ratings"');
    await queryRunner.query('DROP INDEX "public"."ux_scorecards_interviewer"');
    await queryRunner.query('DROP TABLE "scorecards"');
    await queryRunner.query('DROP TYPE "public"."recommendation"');
    await queryRunner.query('DROP INDEX "public"."ux_candidate_files_candidate"');
    await queryRunner.query('DROP TABLE "candidate_files"');
    await queryRunner.query('DROP INDEX "public"."ix_application_stage_events_application"');
    await queryRunner.query('DROP TABLE "application_stage_events"');
    await queryRunner.query('DROP INDEX "public"."ix_application_interviewers_user"');
    await queryRunner.query('DROP TABLE "application_interviewers"');
    await queryRunner.query('DROP INDEX "public"."ux_applications_candidate_requisition"');
    await queryRunner.query('DROP INDEX "public"."ix_applications_ranking"');
    await queryRunner.query('DROP TABLE "applications"');
    await queryRunner.query('DROP TYPE "public"."application_stage"');
    await queryRunner.query('DROP INDEX "public"."ix_requisitions_hiring_manager"');
    await queryRunner.query('DROP INDEX "public"."ix_requisitions_status"');
    await queryRunner.query('DROP TABLE "requisitions"');
    await queryRunner.query('DROP TYPE "public"."requisition_status"');
    await queryRunner.query('DROP INDEX "public"."ux_candidates_email"');
    await queryRunner.query('DROP INDEX "public"."ux_candidates_phone"');
    await queryRunner.query('DROP INDEX "public"."ix_candidates_name"');
    await queryRunner.query('DROP TABLE "candidates"');
    await queryRunner.query('DROP TYPE "public"."candidate_source"');
    await queryRunner.query('DROP INDEX "public"."ix_role_profile_competencies_competency"');
    await queryRunner.query('DROP TABLE "role_profile_competencies"');
    await queryRunner.query('DROP INDEX "public"."ux_role_profile_versions_number"');
    await queryRunner.query('DROP TABLE "role_profile_versions"');
    await queryRunner.query('DROP TYPE "public"."education_level"');
    await queryRunner.query('DROP INDEX "public"."ux_role_profiles_code"');
    await queryRunner.query('DROP TABLE "role_profiles"');
    await queryRunner.query('DROP INDEX "public"."ix_development_needs_employee"');
    await queryRunner.query('DROP TABLE "development_needs"');
    await queryRunner.query('DROP INDEX "public"."ux_competencies_code"');
    await queryRunner.query('DROP TABLE "competencies"');
    await queryRunner.query('DROP TYPE "public"."competency_category"');
  }
}
