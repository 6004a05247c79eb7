import { MigrationInterface, QueryRunner } from 'typeorm';

export class StatementRecalculations1795949985496 implements MigrationInterface {
  name = 'StatementRecalculations1795949985496';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "commission_runs" ADD "kind" text NOT NULL DEFAULT \'period\'');
    await queryRunner.query(
      'ALTER TABLE "commission_runs" ADD CONSTRAINT "ck_commission_runs_kind" CHECK (kind in (\'period\', \'recalculation\'))',
    );
    // Written by hand: the generator does not see a CHECK whose expression changed.
    await queryRunner.query(
      'ALTER TABLE "commission_statements" DROP CONSTRAINT "ck_commission_statements_status"',
    );
    await queryRunner.query(
      "ALTER TABLE \"commission_statements\" ADD CONSTRAINT \"ck_commission_statements_status\" CHECK (status in ('draft', 'manager_approved', 'locked', 'recalculated'))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "commission_statements" DROP CONSTRAINT "ck_commission_statements_status"',
    );
    await queryRunner.query(
      "ALTER TABLE \"commission_statements\" ADD CONSTRAINT \"ck_commission_statements_status\" CHECK (status in ('draft', 'manager_approved', 'locked'))",
    );
    await queryRunner.query('ALTER TABLE "commission_runs" DROP CONSTRAINT "ck_commission_runs_kind"');
    await queryRunner.query('ALTER TABLE "commission_runs" DROP COLUMN "kind"');
  }
}
