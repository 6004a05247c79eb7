import { MigrationInterface, QueryRunner } from 'typeorm';

export class StatementDisputes1795946453982 implements MigrationInterface {
  name = 'StatementDisputes1795946453982';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "statement_disputes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "component" text NOT NULL, "reason" text NOT NULL, "status" text NOT NULL, "raised_by_user_id" uuid, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_by_user_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" text, CONSTRAINT "ck_statement_disputes_settled" CHECK ((status = \'open\') = (resolved_at is null)), CONSTRAINT "ck_statement_disputes_status" CHECK (status in (\'open\', \'accepted\', \'rejected\')), CONSTRAINT "PK_8f03bbd3142586257e335a50eea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_statement_disputes_open" ON "statement_disputes"  ("status", "raised_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_statement_disputes_statement" ON "statement_disputes"  ("statement_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pay_adjustments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "amount" numeric NOT NULL, "reason" text NOT NULL, "source_statement_id" uuid NOT NULL, "dispute_id" uuid, "applied_statement_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_pay_adjustments_amount" CHECK (amount <> 0), CONSTRAINT "PK_f9ebd8b70357bb02afced93a6a1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pay_adjustments_pending" ON "pay_adjustments"  ("employee_id") WHERE applied_statement_id is null',
    );
    await queryRunner.query(
      'ALTER TABLE "statement_disputes" ADD CONSTRAINT "fk_statement_disputes_statement" FOREIGN KEY ("statement_id") REFERENCES "commission_statements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statement_disputes" ADD CONSTRAINT "fk_statement_disputes_raiser" FOREIGN KEY ("raised_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statement_disputes" ADD CONSTRAINT "fk_statement_disputes_resolver" FOREIGN KEY ("resolved_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pay_adjustments" ADD CONSTRAINT "fk_pay_adjustments_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pay_adjustments" ADD CONSTRAINT "fk_pay_adjustments_source" FOREIGN KEY ("source_statement_id") REFERENCES "commission_statements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pay_adjustments" ADD CONSTRAINT "fk_pay_adjustments_dispute" FOREIGN KEY ("dispute_id") REFERENCES "statement_disputes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pay_adjustments" ADD CONSTRAINT "fk_pay_adjustments_applied" FOREIGN KEY ("applied_statement_id") REFERENCES "commission_statements"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "pay_adjustments" DROP CONSTRAINT "fk_pay_adjustments_applied"');
    await queryRunner.query('ALTER TABLE "pay_adjustments" DROP CONSTRAINT "fk_pay_adjustments_dispute"');
    await queryRunner.query('ALTER TABLE "pay_adjustments" DROP CONSTRAINT "fk_pay_adjustments_source"');
    await queryRunner.query('ALTER TABLE "pay_adjustments" DROP CONSTRAINT "fk_pay_adjustments_employee"');
    await queryRunner.query(
      'ALTER TABLE "statement_disputes" DROP CONSTRAINT "fk_statement_disputes_resolver"',
    );
    await queryRunner.query(
      'ALTER TABLE "statement_disputes" DROP CONSTRAINT "fk_statement_disputes_raiser"',
    );
    await queryRunner.query(
      'ALTER TABLE "statement_disputes" DROP CONSTRAINT "fk_statement_disputes_statement"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_pay_adjustments_pending"');
    await queryRunner.query('DROP TABLE "pay_adjustments"');
    await queryRunner.query('DROP INDEX "public"."ix_statement_disputes_statement"');
    await queryRunner.query('DROP INDEX "public"."ix_statement_disputes_open"');
    await queryRunner.query('DROP TABLE "statement_disputes"');
  }
}
