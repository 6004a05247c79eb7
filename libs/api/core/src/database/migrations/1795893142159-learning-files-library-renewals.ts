import { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningFilesLibraryRenewals1795893142159 implements MigrationInterface {
  name = 'LearningFilesLibraryRenewals1795893142159';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "learning_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "uploaded_by_user_id" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_learning_files_size" CHECK (size_bytes > 0 and size_bytes = octet_length(content)), CONSTRAINT "PK_38dbb2b607e725e6685d0aba97f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "library_resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "current_version" integer NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_library_resources_kind" CHECK (kind in (\'product-manual\', \'demo-deck\', \'case-study\', \'competitor-analysis\', \'pricing-guide\', \'other\')), CONSTRAINT "PK_4aa9381d621dc9c4a0ee28414f4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "library_resource_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "version" integer NOT NULL, "title_en" text NOT NULL, "title_zh" text NOT NULL, "summary_en" text NOT NULL, "summary_zh" text NOT NULL, "change_note_en" text NOT NULL DEFAULT \'\', "change_note_zh" text NOT NULL DEFAULT \'\', "url" text, "file_id" uuid, "published_by_user_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_library_resource_versions_content" CHECK ((url is null) <> (file_id is null)), CONSTRAINT "PK_4d4b2f2fe6d8906023161b27c28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_library_resource_versions_number" ON "library_resource_versions"  ("resource_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "library_resource_units" ("resource_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, CONSTRAINT "PK_3a1ab1f5e037427a529a3d004b2" PRIMARY KEY ("resource_id", "org_unit_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_library_resource_units_unit" ON "library_resource_units"  ("org_unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "library_resource_competencies" ("resource_id" uuid NOT NULL, "competency_id" uuid NOT NULL, CONSTRAINT "PK_a7d178917db807fd6d01e208d2c" PRIMARY KEY ("resource_id", "competency_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_library_resource_competencies_competency" ON "library_resource_competencies"  ("competency_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "library_resource_views" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "resource_id" uuid NOT NULL, "version_id" uuid NOT NULL, "user_id" uuid NOT NULL, "employee_id" uuid, "viewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b475392ce677481530d1a47ad5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_library_resource_views_employee" ON "library_resource_views"  ("employee_id", "resource_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_library_resource_views_resource" ON "library_resource_views"  ("resource_id", "viewed_at") ',
    );
    await queryRunner.query('ALTER TABLE "curriculum_items" ADD "resource_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "learning_files" ADD CONSTRAINT "fk_learning_files_uploaded_by" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resources" ADD CONSTRAINT "fk_library_resources_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_versions" ADD CONSTRAINT "fk_library_resource_versions_resource" FOREIGN KEY ("resource_id") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_versions" ADD CONSTRAINT "fk_library_resource_versions_file" FOREIGN KEY ("file_id") REFERENCES "learning_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_versions" ADD CONSTRAINT "fk_library_resource_versions_published_by" FOREIGN KEY ("published_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_units" ADD CONSTRAINT "fk_library_resource_units_resource" FOREIGN KEY ("resource_id") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_units" ADD CONSTRAINT "fk_library_resource_units_unit" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_competencies" ADD CONSTRAINT "fk_library_resource_competencies_resource" FOREIGN KEY ("resource_id") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_competencies" ADD CONSTRAINT "fk_library_resource_competencies_competency" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" ADD CONSTRAINT "fk_library_resource_views_resource" FOREIGN KEY ("resource_id") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" ADD CONSTRAINT "fk_library_resource_views_version" FOREIGN KEY ("version_id") REFERENCES "library_resource_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" ADD CONSTRAINT "fk_library_resource_views_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" ADD CONSTRAINT "fk_library_resource_views_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_items" ADD CONSTRAINT "fk_curriculum_items_resource" FOREIGN KEY ("resource_id") REFERENCES "library_resources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // TypeORM compares checks by name only, so the two widened ones are replaced by hand.
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "ck_enrolments_origin"');
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "ck_enrolments_origin" CHECK (origin in ('self', 'assigned', 'hire', 'renewal'))`,
    );
    await queryRunner.query('ALTER TABLE "curriculum_items" DROP CONSTRAINT "ck_curriculum_items_kind"');
    await queryRunner.query(
      `ALTER TABLE "curriculum_items" ADD CONSTRAINT "ck_curriculum_items_kind" CHECK ((kind = 'course' and course_id is not null and resource_id is null) or (kind = 'task' and course_id is null and resource_id is null and task_title_en is not null and task_title_zh is not null) or (kind = 'resource' and resource_id is not null and course_id is null))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "curriculum_items" DROP CONSTRAINT "ck_curriculum_items_kind"');
    await queryRunner.query(`DELETE FROM "curriculum_items" WHERE kind = 'resource'`);
    await queryRunner.query(
      `ALTER TABLE "curriculum_items" ADD CONSTRAINT "ck_curriculum_items_kind" CHECK ((kind = 'course' and course_id is not null) or (kind = 'task' and course_id is null and task_title_en is not null and task_title_zh is not null))`,
    );
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "ck_enrolments_origin"');
    await queryRunner.query(`UPDATE "enrolments" SET origin = 'assigned' WHERE origin = 'renewal'`);
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "ck_enrolments_origin" CHECK (origin in ('self', 'assigned', 'hire'))`,
    );
    await queryRunner.query('ALTER TABLE "curriculum_items" DROP CONSTRAINT "fk_curriculum_items_resource"');
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" DROP CONSTRAINT "fk_library_resource_views_employee"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" DROP CONSTRAINT "fk_library_resource_views_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" DROP CONSTRAINT "fk_library_resource_views_version"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_views" DROP CONSTRAINT "fk_library_resource_views_resource"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_competencies" DROP CONSTRAINT "fk_library_resource_competencies_competency"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_competencies" DROP CONSTRAINT "fk_library_resource_competencies_resource"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_units" DROP CONSTRAINT "fk_library_resource_units_unit"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_units" DROP CONSTRAINT "fk_library_resource_units_resource"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_versions" DROP CONSTRAINT "fk_library_resource_versions_published_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_versions" DROP CONSTRAINT "fk_library_resource_versions_file"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resource_versions" DROP CONSTRAINT "fk_library_resource_versions_resource"',
    );
    await queryRunner.query(
      'ALTER TABLE "library_resources" DROP CONSTRAINT "fk_library_resources_created_by"',
    );
    await queryRunner.query('ALTER TABLE "learning_files" DROP CONSTRAINT "fk_learning_files_uploaded_by"');
    await queryRunner.query('ALTER TABLE "curriculum_items" DROP COLUMN "resource_id"');
    await queryRunner.query('DROP INDEX "public"."ix_library_resource_views_resource"');
    await queryRunner.query('DROP INDEX "public"."ix_library_resource_views_employee"');
    await queryRunner.query('DROP TABLE "library_resource_views"');
    await queryRunner.query('DROP INDEX "public"."ix_library_resource_competencies_competency"');
    await queryRunner.query('DROP TABLE "library_resource_competencies"');
    await queryRunner.query('DROP INDEX "public"."ix_library_resource_units_unit"');
    await queryRunner.query('DROP TABLE "library_resource_units"');
    await queryRunner.query('DROP INDEX "public"."ux_library_resource_versions_number"');
    await queryRunner.query('DROP TABLE "library_resource_versions"');
    await queryRunner.query('DROP TABLE "library_resources"');
    await queryRunner.query('DROP TABLE "learning_files"');
  }
}
