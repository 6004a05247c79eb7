import { MigrationInterface, QueryRunner } from 'typeorm';

export class PerformanceMetricsTargetsCredits1795932571101 implements MigrationInterface {
  name = 'PerformanceMetricsTargetsCredits1795932571101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" text NOT NULL, "file_name" text NOT NULL, "status" text NOT NULL, "column_map" jsonb NOT NULL, "metric_codes" text array NOT NULL, "bytes_read" bigint NOT NULL DEFAULT \'0\', "rows_read" integer NOT NULL DEFAULT \'0\', "rows_validated" integer NOT NULL DEFAULT \'0\', "rows_merged" integer NOT NULL DEFAULT \'0\', "problem_count" integer NOT NULL DEFAULT \'0\', "created_count" integer NOT NULL DEFAULT \'0\', "updated_count" integer NOT NULL DEFAULT \'0\', "unchanged_count" integer NOT NULL DEFAULT \'0\', "cancel_requested" boolean NOT NULL DEFAULT false, "failure" text, "failure_params" jsonb, "requested_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_import_jobs_status" CHECK (status in (\'reading\', \'validating\', \'merging\', \'succeeded\', \'failed\', \'cancelled\')), CONSTRAINT "PK_4d206c602f173f98e4bb85819a3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_import_jobs_running" ON "import_jobs"  ("source") WHERE status in (\'reading\', \'validating\', \'merging\')',
    );
    await queryRunner.query('CREATE INDEX "ix_import_jobs_created" ON "import_jobs"  ("created_at") ');
    await queryRunner.query(
      'CREATE TABLE "metrics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name_en" text NOT NULL, "name_zh" text NOT NULL, "unit" text NOT NULL, "currency" text, "aggregation" text NOT NULL, "higher_is_better" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_metrics_currency" CHECK ((unit = \'money\') = (currency is not null)), CONSTRAINT "ck_metrics_aggregation" CHECK (aggregation in (\'sum\', \'count\', \'average\', \'last\')), CONSTRAINT "ck_metrics_unit" CHECK (unit in (\'money\', \'count\', \'percentage\')), CONSTRAINT "PK_5283cad666a83376e28a715bf0e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_metrics_code" ON "metrics"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "fiscal_calendar" ("id" smallint NOT NULL DEFAULT \'1\', "year_start_month" smallint NOT NULL, CONSTRAINT "ck_fiscal_calendar_start" CHECK (year_start_month between 1 and 12), CONSTRAINT "ck_fiscal_calendar_single" CHECK (id = 1), CONSTRAINT "PK_9a8ea41b73629d59a292de2f4cf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "fiscal_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "key" text NOT NULL, "fiscal_year" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_user_id" uuid, CONSTRAINT "ck_fiscal_periods_dates" CHECK (starts_on <= ends_on), CONSTRAINT "ck_fiscal_periods_kind" CHECK (kind in (\'month\', \'quarter\', \'year\')), CONSTRAINT "PK_9bb1e4e84a0d820b943e116888d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_fiscal_periods_dates" ON "fiscal_periods"  ("starts_on", "ends_on") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_fiscal_periods_key" ON "fiscal_periods"  ("key") ');
    await queryRunner.query(
      'CREATE TABLE "targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "metric_id" uuid NOT NULL, "period_id" uuid NOT NULL, "employee_id" uuid, "org_unit_id" uuid, "value" numeric NOT NULL, "specific" text NOT NULL DEFAULT \'\', "measurable" text NOT NULL DEFAULT \'\', "achievable" text NOT NULL DEFAULT \'\', "relevant" text NOT NULL DEFAULT \'\', "time_bound" text NOT NULL DEFAULT \'\', "owner_id" uuid, "parent_id" uuid, "weight" numeric, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_targets_value" CHECK (value >= 0), CONSTRAINT "ck_targets_holder" CHECK ((employee_id is null) <> (org_unit_id is null)), CONSTRAINT "PK_87084f49e9de9dd6a3e83906584" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_targets_parent" ON "targets"  ("parent_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_targets_unit" ON "targets"  ("metric_id", "period_id", "org_unit_id") WHERE org_unit_id is not null',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_targets_employee" ON "targets"  ("metric_id", "period_id", "employee_id") WHERE employee_id is not null',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_transactions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "source" text NOT NULL, "external_id" text NOT NULL, "occurred_on" date NOT NULL, "customer" text NOT NULL DEFAULT \'\', "product_line" text NOT NULL DEFAULT \'\', "region" text NOT NULL DEFAULT \'\', "segment" text NOT NULL DEFAULT \'\', "reverses_id" bigint, "metric_values" jsonb NOT NULL, "fingerprint" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cb7b77aef6deb4566a38374e641" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_transactions_date" ON "sales_transactions"  ("occurred_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_sales_transactions_external" ON "sales_transactions"  ("source", "external_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_credits" ("transaction_id" bigint NOT NULL, "employee_id" uuid NOT NULL, "overlay" boolean NOT NULL, "share" numeric NOT NULL, "occurred_on" date NOT NULL, CONSTRAINT "ck_sales_credits_share" CHECK (share > 0 and share <= 1), CONSTRAINT "PK_a0b7658e043019ebdf322d25e29" PRIMARY KEY ("transaction_id", "employee_id", "overlay"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_credits_employee_date" ON "sales_credits"  ("employee_id", "occurred_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "credited_totals" ("employee_id" uuid NOT NULL, "metric_id" uuid NOT NULL, "month" date NOT NULL, "amount" numeric NOT NULL DEFAULT \'0\', "weight" numeric NOT NULL DEFAULT \'0\', "counted" numeric NOT NULL DEFAULT \'0\', CONSTRAINT "PK_8511803482bd90dbbc76ce3856f" PRIMARY KEY ("employee_id", "metric_id", "month"))',
    );
    await queryRunner.query(
      'ALTER TABLE "import_jobs" ADD CONSTRAINT "fk_import_jobs_user" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "fk_targets_metric" FOREIGN KEY ("metric_id") REFERENCES "metrics"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "fk_targets_period" FOREIGN KEY ("period_id") REFERENCES "fiscal_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "fk_targets_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "fk_targets_org_unit" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "fk_targets_owner" FOREIGN KEY ("owner_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "fk_targets_parent" FOREIGN KEY ("parent_id") REFERENCES "targets"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_transactions" ADD CONSTRAINT "fk_sales_transactions_reverses" FOREIGN KEY ("reverses_id") REFERENCES "sales_transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_credits" ADD CONSTRAINT "fk_sales_credits_transaction" FOREIGN KEY ("transaction_id") REFERENCES "sales_transactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_credits" ADD CONSTRAINT "fk_sales_credits_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credited_totals" ADD CONSTRAINT "fk_credited_totals_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credited_totals" ADD CONSTRAINT "fk_credited_totals_metric" FOREIGN KEY ("metric_id") REFERENCES "metrics"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Not entities: the staging rows are raw text read by COPY and checked in SQL (unlogged:
    // they are scratch, rebuilt from the file); problems are written and read set-based.
    await queryRunner.query(
      'CREATE UNLOGGED TABLE "import_staging_rows" ("import_id" uuid NOT NULL, "row_no" integer NOT NULL, "field_count" integer NOT NULL, "external_id" text, "occurred_on" text, "employee" text, "share" text, "overlay" text, "reverses" text, "customer" text, "product_line" text, "region" text, "segment" text, "metric_values" text array)',
    );
    await queryRunner.query(
      'CREATE TABLE "import_problems" ("import_id" uuid NOT NULL, "row_no" integer NOT NULL, "column_name" text NOT NULL, "value" text NOT NULL, "code" text NOT NULL, "params" jsonb)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_import_problems_row" ON "import_problems" ("import_id", "row_no", "column_name", "code")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "import_problems"');
    await queryRunner.query('DROP TABLE "import_staging_rows"');
    await queryRunner.query('ALTER TABLE "credited_totals" DROP CONSTRAINT "fk_credited_totals_metric"');
    await queryRunner.query('ALTER TABLE "credited_totals" DROP CONSTRAINT "fk_credited_totals_employee"');
    await queryRunner.query('ALTER TABLE "sales_credits" DROP CONSTRAINT "fk_sales_credits_employee"');
    await queryRunner.query('ALTER TABLE "sales_credits" DROP CONSTRAINT "fk_sales_credits_transaction"');
    await queryRunner.query(
      'ALTER TABLE "sales_transactions" DROP CONSTRAINT "fk_sales_transactions_reverses"',
    );
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "fk_targets_parent"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "fk_targets_owner"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "fk_targets_org_unit"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "fk_targets_employee"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "fk_targets_period"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "fk_targets_metric"');
    await queryRunner.query('ALTER TABLE "import_jobs" DROP CONSTRAINT "fk_import_jobs_user"');
    await queryRunner.query('DROP TABLE "credited_totals"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_credits_employee_date"');
    await queryRunner.query('DROP TABLE "sales_credits"');
    await queryRunner.query('DROP INDEX "public"."ux_sales_transactions_external"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_transactions_date"');
    await queryRunner.query('DROP TABLE "sales_transactions"');
    await queryRunner.query('DROP INDEX "public"."ux_targets_employee"');
    await queryRunner.query('DROP INDEX "public"."ux_targets_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_targets_parent"');
    await queryRunner.query('DROP TABLE "targets"');
    await queryRunner.query('DROP INDEX "public"."ux_fiscal_periods_key"');
    await queryRunner.query('DROP INDEX "public"."ix_fiscal_periods_dates"');
    await queryRunner.query('DROP TABLE "fiscal_periods"');
    await queryRunner.query('DROP TABLE "fiscal_calendar"');
    await queryRunner.query('DROP INDEX "public"."ux_metrics_code"');
    await queryRunner.query('DROP TABLE "metrics"');
    await queryRunner.query('DROP INDEX "public"."ix_import_jobs_created"');
    await queryRunner.query('DROP INDEX "public"."ux_import_jobs_running"');
    await queryRunner.query('DROP TABLE "import_jobs"');
  }
}
