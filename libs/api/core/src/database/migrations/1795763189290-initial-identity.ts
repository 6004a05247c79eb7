import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialIdentity1795763189290 implements MigrationInterface {
  name = 'InitialIdentity1795763189290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_email" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "ip" text, "request_id" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_log_actor" ON "audit_log"  ("actor_user_id") ');
    await queryRunner.query('CREATE INDEX "ix_audit_log_occurred_at" ON "audit_log"  ("occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_entity" ON "audit_log"  ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "roles" text array NOT NULL DEFAULT \'{}\', "locale" text NOT NULL DEFAULT \'en\', "is_active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "replaced_by_id" uuid, "created_ip" text, "user_agent" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens"  ("family_id") ');
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "login_attempts" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "email" text NOT NULL, "ip" text NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_login_attempts_ip_time" ON "login_attempts"  ("ip", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_login_attempts_email_time" ON "login_attempts"  ("email", "attempted_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"org_unit_kind\" AS ENUM('company', 'region', 'product_line', 'customer_segment', 'composite', 'team')",
    );
    await queryRunner.query(
      'CREATE TABLE "org_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."org_unit_kind" NOT NULL, "parent_id" uuid, "manager_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b4a19b7f3756560cd75643be5a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_org_units_sibling_name" ON "org_units"  ("parent_id", "name") ',
    );
    await queryRunner.query('CREATE INDEX "ix_org_units_manager" ON "org_units"  ("manager_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units"  ("parent_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"employee_status\" AS ENUM('active', 'on_leave', 'left')",
    );
    await queryRunner.query(
      'CREATE TABLE "employees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "email" text NOT NULL, "job_title" text NOT NULL, "hire_date" date NOT NULL, "status" "public"."employee_status" NOT NULL DEFAULT \'active\', "org_unit_id" uuid NOT NULL, "manager_id" uuid, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9535a98350d5b26e7eb0c26af4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_employees_manager" ON "employees"  ("manager_id") ');
    await queryRunner.query('CREATE INDEX "ix_employees_org_unit" ON "employees"  ("org_unit_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "ux_employees_user" ON "employees"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "ux_employees_email" ON "employees"  ("email") ');
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_units" ADD CONSTRAINT "fk_org_units_parent" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_units" ADD CONSTRAINT "fk_org_units_manager" FOREIGN KEY ("manager_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "employees" ADD CONSTRAINT "fk_employees_org_unit" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "employees" ADD CONSTRAINT "fk_employees_manager" FOREIGN KEY ("manager_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "employees" ADD CONSTRAINT "fk_employees_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // The audit log is append-only: not even the application may rewrite or erase it.
    await queryRunner.query(`CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_no_truncate ON "audit_log"');
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON "audit_log"');
    await queryRunner.query('DROP FUNCTION audit_log_is_append_only()');
    await queryRunner.query('ALTER TABLE "employees" DROP CONSTRAINT "fk_employees_user"');
    await queryRunner.query('ALTER TABLE "employees" DROP CONSTRAINT "fk_employees_manager"');
    await queryRunner.query('ALTER TABLE "employees" DROP CONSTRAINT "fk_employees_org_unit"');
    await queryRunner.query('ALTER TABLE "org_units" DROP CONSTRAINT "fk_org_units_manager"');
    await queryRunner.query('ALTER TABLE "org_units" DROP CONSTRAINT "fk_org_units_parent"');
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_user"');
    await queryRunner.query('DROP INDEX "public"."ux_employees_email"');
    await queryRunner.query('DROP INDEX "public"."ux_employees_user"');
    await queryRunner.query('DROP INDEX "public"."ix_employees_org_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_employees_manager"');
    await queryRunner.query('DROP TABLE "employees"');
    await queryRunner.query('DROP TYPE "public"."employee_status"');
    await queryRunner.query('DROP INDEX "public"."ix_org_units_parent"');
    await queryRunner.query('DROP INDEX "public"."ix_org_units_manager"');
    await queryRunner.query('DROP INDEX "public"."ux_org_units_sibling_name"');
    await queryRunner.query('DROP TABLE "org_units"');
    await queryRunner.query('DROP TYPE "public"."org_unit_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempts_email_time"');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempts_ip_time"');
    await queryRunner.query('DROP TABLE "login_attempts"');
    await queryRunner.query('DROP INDEX "public"."ux_refresh_tokens_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_user"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_family"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."ux_users_email"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_occurred_at"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_actor"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
