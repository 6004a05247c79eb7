import { MigrationInterface, QueryRunner } from 'typeorm';

export class PerformanceReviews1795935644229 implements MigrationInterface {
  name = 'PerformanceReviews1795935644229';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "performance_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "period_id" uuid NOT NULL, "status" text NOT NULL, "figures" jsonb NOT NULL, "what_worked" text NOT NULL DEFAULT \'\', "what_did_not" text NOT NULL DEFAULT \'\', "shared_at" TIMESTAMP WITH TIME ZONE, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_performance_reviews_status" CHECK (status in (\'draft\', \'shared\', \'acknowledged\')), CONSTRAINT "PK_46f39f620497eb3de4fe6dafdef" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_performance_reviews_period" ON "performance_reviews"  ("period_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_performance_reviews_person_period" ON "performance_reviews"  ("employee_id", "period_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "performance_review_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "text" text NOT NULL, "kind" text NOT NULL DEFAULT \'task\', "reference" text, "owner_id" uuid NOT NULL, "due_on" date NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_performance_review_actions_kind" CHECK (kind in (\'task\', \'course\', \'mentor_goal\')), CONSTRAINT "PK_fa197638d0c375f0b73a88b298b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_performance_review_actions_owner" ON "performance_review_actions"  ("owner_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_performance_review_actions_review" ON "performance_review_actions"  ("review_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_reviews" ADD CONSTRAINT "fk_performance_reviews_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_reviews" ADD CONSTRAINT "fk_performance_reviews_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_reviews" ADD CONSTRAINT "fk_performance_reviews_period" FOREIGN KEY ("period_id") REFERENCES "fiscal_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_review_actions" ADD CONSTRAINT "fk_performance_review_actions_review" FOREIGN KEY ("review_id") REFERENCES "performance_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_review_actions" ADD CONSTRAINT "fk_performance_review_actions_owner" FOREIGN KEY ("owner_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "performance_review_actions" DROP CONSTRAINT "fk_performance_review_actions_owner"',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_review_actions" DROP CONSTRAINT "fk_performance_review_actions_review"',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_reviews" DROP CONSTRAINT "fk_performance_reviews_period"',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_reviews" DROP CONSTRAINT "fk_performance_reviews_reviewer"',
    );
    await queryRunner.query(
      'ALTER TABLE "performance_reviews" DROP CONSTRAINT "fk_performance_reviews_employee"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_performance_review_actions_review"');
    await queryRunner.query('DROP INDEX "public"."ix_performance_review_actions_owner"');
    await queryRunner.query('DROP TABLE "performance_review_actions"');
    await queryRunner.query('DROP INDEX "public"."ux_performance_reviews_person_period"');
    await queryRunner.query('DROP INDEX "public"."ix_performance_reviews_period"');
    await queryRunner.query('DROP TABLE "performance_reviews"');
  }
}
