import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScorecardAmendments1795838553694 implements MigrationInterface {
  name = 'ScorecardAmendments1795838553694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "scorecards" ADD "revision" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query('ALTER TABLE "scorecards" ADD "amended_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "scorecards" ADD "amended_after_reading_others" boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "scorecards" DROP COLUMN "amended_after_reading_others"');
    await queryRunner.query('ALTER TABLE "scorecards" DROP COLUMN "amended_at"');
    await queryRunner.query('ALTER TABLE "scorecards" DROP COLUMN "revision"');
  }
}
