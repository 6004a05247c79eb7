import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreditedTotalsOverlays1795934413722 implements MigrationInterface {
  name = 'CreditedTotalsOverlays1795934413722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "credited_totals" ADD "overlay_amount" numeric NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "credited_totals" ADD "overlay_weight" numeric NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "credited_totals" ADD "overlay_counted" numeric NOT NULL DEFAULT \'0\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "credited_totals" DROP COLUMN "overlay_counted"');
    await queryRunner.query('ALTER TABLE "credited_totals" DROP COLUMN "overlay_weight"');
    await queryRunner.query('ALTER TABLE "credited_totals" DROP COLUMN "overlay_amount"');
  }
}
