import { MigrationInterface, QueryRunner } from 'typeorm';

export class CommissionOperations1795944851135 implements MigrationInterface {
  name = 'CommissionOperations1795944851135';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "commission_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "currency" text NOT NULL, "period" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_commission_plans_period" CHECK (period in (\'month\', \'quarter\')), CONSTRAINT "PK_b0fc1524cf72270273cf789ae2d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_commission_plans_code" ON "commission_plans"  ("code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "commission_plan_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "effective_from" date NOT NULL, "document" jsonb NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_commission_plan_versions_status" CHECK (status in (\'draft\', \'published\')), CONSTRAINT "PK_9c3bb97607bc55a3300e34f966e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_commission_plan_versions_one_draft" ON "commission_plan_versions"  ("plan_id") WHERE status = \'draft\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_commission_plan_versions_number" ON "commission_plan_versions"  ("plan_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_plan_assignments_dates" CHECK (ends_on is null or starts_on <= ends_on), CONSTRAINT "PK_2bc06e975cf6c5f51e6b9da344c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_plan_assignments_plan" ON "plan_assignments"  ("plan_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_plan_assignments_employee" ON "plan_assignments"  ("employee_id", "starts_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assignment_quotas" ("assignment_id" uuid NOT NULL, "period_key" text NOT NULL, "metric" text NOT NULL, "value" numeric NOT NULL, CONSTRAINT "ck_assignment_quotas_value" CHECK (value >= 0), CONSTRAINT "PK_716166b5a8b6d818cc7eb71641b" PRIMARY KEY ("assignment_id", "period_key", "metric"))',
    );
    await queryRunner.query(
      'CREATE TABLE "commission_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_key" text NOT NULL, "status" text NOT NULL, "payees_total" integer NOT NULL DEFAULT \'0\', "payees_done" integer NOT NULL DEFAULT \'0\', "statements_written" integer NOT NULL DEFAULT \'0\', "kept_approved" integer NOT NULL DEFAULT \'0\', "attempts" integer NOT NULL DEFAULT \'0\', "failure" text, "problems" jsonb NOT NULL DEFAULT \'[]\', "lease_token" uuid, "lease_until" TIMESTAMP WITH TIME ZONE, "worker_id" text, "requested_by_user_id" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_commission_runs_status" CHECK (status in (\'queued\', \'running\', \'succeeded\', \'failed\')), CONSTRAINT "PK_7702ac26ff1deeb1c4013737988" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commission_runs_queue" ON "commission_runs"  ("status", "requested_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_commission_runs_active_period" ON "commission_runs"  ("period_key") WHERE status in (\'queued\', \'running\')',
    );
    await queryRunner.query(
      'CREATE TABLE "commission_statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "period_key" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "plan_version_id" uuid NOT NULL, "currency" text NOT NULL, "earnings" numeric NOT NULL, "payout" numeric NOT NULL, "recovered" numeric NOT NULL, "balance" numeric NOT NULL, "calculation" jsonb NOT NULL, "status" text NOT NULL, "manager_approved_by_user_id" uuid, "manager_approved_at" TIMESTAMP WITH TIME ZONE, "finance_approved_by_user_id" uuid, "finance_approved_at" TIMESTAMP WITH TIME ZONE, "rejection" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_commission_statements_four_eyes" CHECK (finance_approved_by_user_id is null or finance_approved_by_user_id <> manager_approved_by_user_id), CONSTRAINT "ck_commission_statements_status" CHECK (status in (\'draft\', \'manager_approved\', \'locked\')), CONSTRAINT "PK_a13cdb260d1d99f86a712b49bef" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commission_statements_run" ON "commission_statements"  ("run_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commission_statements_period" ON "commission_statements"  ("period_key", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_commission_statements_version" ON "commission_statements"  ("employee_id", "period_key", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "commission_statement_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "action" text NOT NULL, "by_user_id" uuid, "comment" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_commission_statement_events_action" CHECK (action in (\'manager_approved\', \'finance_approved\', \'rejected\')), CONSTRAINT "PK_89494a2aa543e453b7c981a202d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_commission_statement_events_statement" ON "commission_statement_events"  ("statement_id", "at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_plan_versions" ADD CONSTRAINT "fk_commission_plan_versions_plan" FOREIGN KEY ("plan_id") REFERENCES "commission_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_plan_versions" ADD CONSTRAINT "fk_commission_plan_versions_creator" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignments" ADD CONSTRAINT "fk_plan_assignments_plan" FOREIGN KEY ("plan_id") REFERENCES "commission_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_assignments" ADD CONSTRAINT "fk_plan_assignments_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment_quotas" ADD CONSTRAINT "fk_assignment_quotas_assignment" FOREIGN KEY ("assignment_id") REFERENCES "plan_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_runs" ADD CONSTRAINT "fk_commission_runs_requester" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" ADD CONSTRAINT "fk_commission_statements_run" FOREIGN KEY ("run_id") REFERENCES "commission_runs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" ADD CONSTRAINT "fk_commission_statements_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" ADD CONSTRAINT "fk_commission_statements_plan_version" FOREIGN KEY ("plan_version_id") REFERENCES "commission_plan_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" ADD CONSTRAINT "fk_commission_statements_manager_approver" FOREIGN KEY ("manager_approved_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" ADD CONSTRAINT "fk_commission_statements_finance_approver" FOREIGN KEY ("finance_approved_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statement_events" ADD CONSTRAINT "fk_commission_statement_events_statement" FOREIGN KEY ("statement_id") REFERENCES "commission_statements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statement_events" ADD CONSTRAINT "fk_commission_statement_events_user" FOREIGN KEY ("by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "commission_statement_events" DROP CONSTRAINT "fk_commission_statement_events_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statement_events" DROP CONSTRAINT "fk_commission_statement_events_statement"',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" DROP CONSTRAINT "fk_commission_statements_finance_approver"',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" DROP CONSTRAINT "fk_commission_statements_manager_approver"',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" DROP CONSTRAINT "fk_commission_statements_plan_version"',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" DROP CONSTRAINT "fk_commission_statements_employee"',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_statements" DROP CONSTRAINT "fk_commission_statements_run"',
    );
    await queryRunner.query('ALTER TABLE "commission_runs" DROP CONSTRAINT "fk_commission_runs_requester"');
    await queryRunner.query(
      'ALTER TABLE "assignment_quotas" DROP CONSTRAINT "fk_assignment_quotas_assignment"',
    );
    await queryRunner.query('ALTER TABLE "plan_assignments" DROP CONSTRAINT "fk_plan_assignments_employee"');
    await queryRunner.query('ALTER TABLE "plan_assignments" DROP CONSTRAINT "fk_plan_assignments_plan"');
    await queryRunner.query(
      'ALTER TABLE "commission_plan_versions" DROP CONSTRAINT "fk_commission_plan_versions_creator"',
    );
    await queryRunner.query(
      'ALTER TABLE "commission_plan_versions" DROP CONSTRAINT "fk_commission_plan_versions_plan"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_commission_statement_events_statement"');
    await queryRunner.query('DROP TABLE "commission_statement_events"');
    await queryRunner.query('DROP INDEX "public"."ux_commission_statements_version"');
    await queryRunner.query('DROP INDEX "public"."ix_commission_statements_period"');
    await queryRunner.query('DROP INDEX "public"."ix_commission_statements_run"');
    await queryRunner.query('DROP TABLE "commission_statements"');
    await queryRunner.query('DROP INDEX "public"."ux_commission_runs_active_period"');
    await queryRunner.query('DROP INDEX "public"."ix_commission_runs_queue"');
    await queryRunner.query('DROP TABLE "commission_runs"');
    await queryRunner.query('DROP TABLE "assignment_quotas"');
    await queryRunner.query('DROP INDEX "public"."ix_plan_assignments_employee"');
    await queryRunner.query('DROP INDEX "public"."ix_plan_assignments_plan"');
    await queryRunner.query('DROP TABLE "plan_assignments"');
    await queryRunner.query('DROP INDEX "public"."ux_commission_plan_versions_number"');
    await queryRunner.query('DROP INDEX "public"."ux_commission_plan_versions_one_draft"');
    await queryRunner.query('DROP TABLE "commission_plan_versions"');
    await queryRunner.query('DROP INDEX "public"."ux_commission_plans_code"');
    await queryRunner.query('DROP TABLE "commission_plans"');
  }
}
