import { MigrationInterface, QueryRunner } from 'typeorm';

export class MetricPositions1795934774237 implements MigrationInterface {
  name = 'MetricPositions1795934774237';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "metrics" ADD "position" integer NOT NULL DEFAULT \'0\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "metrics" DROP COLUMN "position"');
  }
}
