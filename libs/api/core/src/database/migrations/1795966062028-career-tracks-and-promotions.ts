import { MigrationInterface, QueryRunner } from 'typeorm';

export class CareerTracksAndPromotions1795966062028 implements MigrationInterface {
  name = 'CareerTracksAndPromotions1795966062028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "career_tracks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "kind" text NOT NULL, "name_en" text NOT NULL, "name_zh" text NOT NULL, "position" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_career_tracks_kind" CHECK (kind in (\'expert\', \'management\')), CONSTRAINT "PK_6fca946042bed262042a054f56d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_career_tracks_code" ON "career_tracks"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "career_levels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "track_id" uuid NOT NULL, "rank" smallint NOT NULL, "role_profile_id" uuid NOT NULL, "current_version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_career_levels_rank" CHECK (rank between 1 and 20), CONSTRAINT "PK_0c93ec388a5e437a5a12e7fd88f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_career_levels_role_profile" ON "career_levels"  ("role_profile_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_career_levels_track_rank" ON "career_levels"  ("track_id", "rank") ',
    );
    await queryRunner.query(
      'CREATE TABLE "career_level_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "level_id" uuid NOT NULL, "version" integer NOT NULL, "responsibilities_en" text NOT NULL, "responsibilities_zh" text NOT NULL, "certifications" text array NOT NULL DEFAULT \'{}\', "min_months_in_previous_level" smallint NOT NULL, "results" jsonb NOT NULL DEFAULT \'[]\', "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_career_level_versions_months" CHECK (min_months_in_previous_level between 0 and 240), CONSTRAINT "PK_3445fd5231573cc0a21eab571e0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_career_level_versions_level_version" ON "career_level_versions"  ("level_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "career_level_moves" ("from_level_id" uuid NOT NULL, "to_level_id" uuid NOT NULL, CONSTRAINT "ck_career_level_moves_other_level" CHECK (from_level_id <> to_level_id), CONSTRAINT "PK_d6f3841bfa0bbc32f6f19096ac6" PRIMARY KEY ("from_level_id", "to_level_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment_cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "opens_on" date NOT NULL, "due_on" date NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assessment_cycles_dates" CHECK (opens_on <= due_on), CONSTRAINT "PK_b9c8b7d75ff92b68e23b7b26ecd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "competency_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "level_id" uuid NOT NULL, "self_submitted_at" TIMESTAMP WITH TIME ZONE, "manager_submitted_at" TIMESTAMP WITH TIME ZONE, "manager_user_id" uuid, "agreed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d5e4c398195bf192d824ab873c4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_competency_assessments_employee" ON "competency_assessments"  ("employee_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_competency_assessments_cycle_employee" ON "competency_assessments"  ("cycle_id", "employee_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment_ratings" ("assessment_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "self_level" smallint, "self_evidence" text, "manager_level" smallint, "manager_evidence" text, "agreed_level" smallint, CONSTRAINT "ck_assessment_ratings_levels" CHECK (self_level between 1 and 5 and manager_level between 1 and 5 and agreed_level between 1 and 5), CONSTRAINT "PK_041efe56bcd1b3b742ab914f7a6" PRIMARY KEY ("assessment_id", "competency_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "development_plan_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "level_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "target_level" smallint NOT NULL, "course_id" uuid, "mentor_goal_id" uuid, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a94a166090c57a0591dcf40f076" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_development_plan_items_gap" ON "development_plan_items"  ("employee_id", "level_id", "competency_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "career_positions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "level_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "source" text NOT NULL, "promotion_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_career_positions_dates" CHECK (ends_on is null or starts_on <= ends_on), CONSTRAINT "PK_9cc1b12ba49586f28461d757fd1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_career_positions_level" ON "career_positions"  ("level_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_career_positions_current" ON "career_positions"  ("employee_id") WHERE ends_on is null',
    );
    await queryRunner.query(
      'CREATE TABLE "promotions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "from_level_id" uuid NOT NULL, "to_level_id" uuid NOT NULL, "status" text NOT NULL, "readiness" jsonb NOT NULL, "justification" text, "nominated_by_user_id" uuid, "nominated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hr_reviewed_by_user_id" uuid, "hr_reviewed_at" TIMESTAMP WITH TIME ZONE, "hr_note" text, "approver_employee_id" uuid, "approved_by_user_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "effective_on" date, "applied_at" TIMESTAMP WITH TIME ZONE, "rejected_by_user_id" uuid, "rejection_reason" text, CONSTRAINT "ck_promotions_other_level" CHECK (from_level_id <> to_level_id), CONSTRAINT "ck_promotions_status" CHECK (status in (\'awaiting_hr\', \'awaiting_approval\', \'approved\', \'effective\', \'rejected\')), CONSTRAINT "PK_380cecbbe3ac11f0e5a7c452c34" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_promotions_due" ON "promotions"  ("effective_on") WHERE status = \'approved\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_promotions_open_employee" ON "promotions"  ("employee_id") WHERE status in (\'awaiting_hr\', \'awaiting_approval\', \'approved\')',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_assignment_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "starts_on" date NOT NULL, "role_profile_id" uuid, "suggested_plan_id" uuid, "reason" text NOT NULL, "source_kind" text NOT NULL, "source_id" uuid NOT NULL, "status" text NOT NULL DEFAULT \'open\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "assignment_id" uuid, CONSTRAINT "ck_plan_assignment_proposals_status" CHECK (status in (\'open\', \'confirmed\', \'dismissed\')), CONSTRAINT "PK_98ccbcf47ea44955bb75d93cd9d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_plan_assignment_proposals_open" ON "plan_assignment_proposals"  ("status", "starts_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_plan_assignment_proposals_source" ON "plan_assignment_proposals"  ("source_kind", "source_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "career_levels" ADD CONSTRAINT "fk_career_levels_track" FOREIGN KEY ("track_id") REFERENCES "career_tracks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "career_levels" ADD CONSTRAINT "fk_career_levels_role_profile" FOREIGN KEY ("role_profile_id") REFERENCES "role_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "career_level_versions" ADD CONSTRAINT "fk_career_level_versions_level" FOREIGN KEY ("level_id") REFERENCES "career_levels"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "career_level_versions" ADD CONSTRAINT "fk_career_level_versions_creator" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "career_level_moves" ADD CONSTRAINT "fk_career_level_moves_from" FOREIGN KEY ("from_level_id") REFERENCES "career_levels"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "career_level_moves" ADD CONSTRAINT "fk_career_level_moves_to" FOREIGN KEY ("to_level_id") REFERENCES "career_levels"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_cycles" ADD CONSTRAINT "fk_assessment_cycles_creator" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" ADD CONSTRAINT "fk_competency_assessments_cycle" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" ADD CONSTRAINT "fk_competency_assessments_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" ADD CONSTRAINT "fk_competency_assessments_level" FOREIGN KEY ("level_id") REFERENCES "career_levels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" ADD CONSTRAINT "fk_competency_assessments_manager" FOREIGN KEY ("manager_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_ratings" ADD CONSTRAINT "fk_assessment_ratings_assessment" FOREIGN KEY ("assessment_id") REFERENCES "competency_assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_ratings" ADD CONSTRAINT "fk_assessment_ratings_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" ADD CONSTRAINT "fk_development_plan_items_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" ADD CONSTRAINT "fk_development_plan_items_level" FOREIGN KEY ("level_id") REFERENCES "career_levels"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" ADD CONSTRAINT "fk_development_plan_items_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" ADD CONSTRAINT "fk_development_plan_items_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" ADD CONSTRAINT "fk_development_plan_items_creator" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "career_positions" ADD CONSTRAINT "fk_career_positions_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "career_positions" ADD CONSTRAINT "fk_career_positions_level" FOREIGN KEY ("level_id") REFERENCES "career_levels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_from_level" FOREIGN KEY ("from_level_id") REFERENCES "career_levels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_to_level" FOREIGN KEY ("to_level_id") REFERENCES "career_levels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_nominator" FOREIGN KEY ("nominated_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_hr_reviewer" FOREIGN KEY ("hr_reviewed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_approver" FOREIGN KEY ("approver_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_approved_by" FOREIGN KEY ("approved_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotions" ADD CONSTRAINT "fk_promotions_rejected_by" FOREIGN KEY ("rejected_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" ADD CONSTRAINT "fk_plan_assignment_proposals_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" ADD CONSTRAINT "fk_plan_assignment_proposals_role_profile" FOREIGN KEY ("role_profile_id") REFERENCES "role_profiles"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" ADD CONSTRAINT "fk_plan_assignment_proposals_plan" FOREIGN KEY ("suggested_plan_id") REFERENCES "commission_plans"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" ADD CONSTRAINT "fk_plan_assignment_proposals_decider" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" ADD CONSTRAINT "fk_plan_assignment_proposals_assignment" FOREIGN KEY ("assignment_id") REFERENCES "plan_assignments"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" DROP CONSTRAINT "fk_plan_assignment_proposals_assignment"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" DROP CONSTRAINT "fk_plan_assignment_proposals_decider"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" DROP CONSTRAINT "fk_plan_assignment_proposals_plan"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" DROP CONSTRAINT "fk_plan_assignment_proposals_role_profile"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignment_proposals" DROP CONSTRAINT "fk_plan_assignment_proposals_employee"',
    );
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_rejected_by"');
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_approved_by"');
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_approver"');
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_hr_reviewer"');
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_nominator"');
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_to_level"');
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_from_level"');
    await queryRunner.query('ALTER TABLE "promotions" DROP CONSTRAINT "fk_promotions_employee"');
    await queryRunner.query('ALTER TABLE "career_positions" DROP CONSTRAINT "fk_career_positions_level"');
    await queryRunner.query('ALTER TABLE "career_positions" DROP CONSTRAINT "fk_career_positions_employee"');
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" DROP CONSTRAINT "fk_development_plan_items_creator"',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" DROP CONSTRAINT "fk_development_plan_items_course"',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" DROP CONSTRAINT "fk_development_plan_items_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" DROP CONSTRAINT "fk_development_plan_items_level"',
    );
    await queryRunner.query(
      'ALTER TABLE "development_plan_items" DROP CONSTRAINT "fk_development_plan_items_employee"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_ratings" DROP CONSTRAINT "fk_assessment_ratings_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_ratings" DROP CONSTRAINT "fk_assessment_ratings_assessment"',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" DROP CONSTRAINT "fk_competency_assessments_manager"',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" DROP CONSTRAINT "fk_competency_assessments_level"',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" DROP CONSTRAINT "fk_competency_assessments_employee"',
    );
    await queryRunner.query(
      'ALTER TABLE "competency_assessments" DROP CONSTRAINT "fk_competency_assessments_cycle"',
    );
    await queryRunner.query('ALTER TABLE "assessment_cycles" DROP CONSTRAINT "fk_assessment_cycles_creator"');
    await queryRunner.query('ALTER TABLE "career_level_moves" DROP CONSTRAINT "fk_career_level_moves_to"');
    await queryRunner.query('ALTER TABLE "career_level_moves" DROP CONSTRAINT "fk_career_level_moves_from"');
    await queryRunner.query(
      'ALTER TABLE "career_level_versions" DROP CONSTRAINT "fk_career_level_versions_creator"',
    );
    await queryRunner.query(
      'ALTER TABLE "career_level_versions" DROP CONSTRAINT "fk_career_level_versions_level"',
    );
    await queryRunner.query('ALTER TABLE "career_levels" DROP CONSTRAINT "fk_career_levels_role_profile"');
    await queryRunner.query('ALTER TABLE "career_levels" DROP CONSTRAINT "fk_career_levels_track"');
    await queryRunner.query('DROP INDEX "public"."ux_plan_assignment_proposals_source"');
    await queryRunner.query('DROP INDEX "public"."ix_plan_assignment_proposals_open"');
    await queryRunner.query('DROP TABLE "plan_assignment_proposals"');
    await queryRunner.query('DROP INDEX "public"."ux_promotions_open_employee"');
    await queryRunner.query('DROP INDEX "public"."ix_promotions_due"');
    await queryRunner.query('DROP TABLE "promotions"');
    await queryRunner.query('DROP INDEX "public"."ux_career_positions_current"');
    await queryRunner.query('DROP INDEX "public"."ix_career_positions_level"');
    await queryRunner.query('DROP TABLE "career_positions"');
    await queryRunner.query('DROP INDEX "public"."ux_development_plan_items_gap"');
    await queryRunner.query('DROP TABLE "development_plan_items"');
    await queryRunner.query('DROP TABLE "assessment_ratings"');
    await queryRunner.query('DROP INDEX "public"."ux_competency_assessments_cycle_employee"');
    await queryRunner.query('DROP INDEX "public"."ix_competency_assessments_employee"');
    await queryRunner.query('DROP TABLE "competency_assessments"');
    await queryRunner.query('DROP TABLE "assessment_cycles"');
    await queryRunner.query('DROP TABLE "career_level_moves"');
    await queryRunner.query('DROP INDEX "public"."ux_career_level_versions_level_version"');
    await queryRunner.query('DROP TABLE "career_level_versions"');
    await queryRunner.query('DROP INDEX "public"."ux_career_levels_track_rank"');
    await queryRunner.query('DROP INDEX "public"."ux_career_levels_role_profile"');
    await queryRunner.query('DROP TABLE "career_levels"');
    await queryRunner.query('DROP INDEX "public"."ux_career_tracks_code"');
    await queryRunner.query('DROP TABLE "career_tracks"');
  }
}
