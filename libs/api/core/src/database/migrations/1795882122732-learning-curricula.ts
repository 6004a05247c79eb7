import { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningCurricula1795882122732 implements MigrationInterface {
  name = 'LearningCurricula1795882122732';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "curricula" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role_profile_id" uuid NOT NULL, "title_en" text NOT NULL, "title_zh" text NOT NULL, "sequential" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_72985aa8acbaa807de64b944e23" UNIQUE ("role_profile_id"), CONSTRAINT "REL_72985aa8acbaa807de64b944e2" UNIQUE ("role_profile_id"), CONSTRAINT "PK_7c5dd2066e2bbf3b6ad0a71c567" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "curriculum_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "curriculum_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "course_id" uuid, "task_title_en" text, "task_title_zh" text, "due_offset_days" integer NOT NULL, "required" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_curriculum_items_kind" CHECK ((kind = \'course\' and course_id is not null) or (kind = \'task\' and course_id is null and task_title_en is not null and task_title_zh is not null)), CONSTRAINT "PK_901c852f67af6681f15dc8a60c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_curriculum_items_position" ON "curriculum_items"  ("curriculum_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "curriculum_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "curriculum_id" uuid NOT NULL, "start_date" date NOT NULL, "origin" text NOT NULL, "assigned_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c569dd7db95da01ea695b68647f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_curriculum_assignments_employee" ON "curriculum_assignments"  ("employee_id", "curriculum_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "curriculum_task_sign_offs" ("assignment_id" uuid NOT NULL, "item_id" uuid NOT NULL, "signed_off_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signed_off_by_user_id" uuid, CONSTRAINT "PK_e671084c0ca47ac05378523d948" PRIMARY KEY ("assignment_id", "item_id"))',
    );
    await queryRunner.query('ALTER TABLE "enrolments" ADD "curriculum_assignment_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "curricula" ADD CONSTRAINT "fk_curricula_role_profile" FOREIGN KEY ("role_profile_id") REFERENCES "role_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_items" ADD CONSTRAINT "fk_curriculum_items_curriculum" FOREIGN KEY ("curriculum_id") REFERENCES "curricula"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_items" ADD CONSTRAINT "fk_curriculum_items_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_assignments" ADD CONSTRAINT "fk_curriculum_assignments_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_assignments" ADD CONSTRAINT "fk_curriculum_assignments_curriculum" FOREIGN KEY ("curriculum_id") REFERENCES "curricula"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_assignments" ADD CONSTRAINT "fk_curriculum_assignments_assigned_by" FOREIGN KEY ("assigned_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_task_sign_offs" ADD CONSTRAINT "fk_curriculum_task_sign_offs_assignment" FOREIGN KEY ("assignment_id") REFERENCES "curriculum_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_task_sign_offs" ADD CONSTRAINT "fk_curriculum_task_sign_offs_item" FOREIGN KEY ("item_id") REFERENCES "curriculum_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_task_sign_offs" ADD CONSTRAINT "fk_curriculum_task_sign_offs_user" FOREIGN KEY ("signed_off_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_curriculum_assignment" FOREIGN KEY ("curriculum_assignment_id") REFERENCES "curriculum_assignments"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_curriculum_assignment"');
    await queryRunner.query(
      'ALTER TABLE "curriculum_task_sign_offs" DROP CONSTRAINT "fk_curriculum_task_sign_offs_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_task_sign_offs" DROP CONSTRAINT "fk_curriculum_task_sign_offs_item"',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_task_sign_offs" DROP CONSTRAINT "fk_curriculum_task_sign_offs_assignment"',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_assignments" DROP CONSTRAINT "fk_curriculum_assignments_assigned_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_assignments" DROP CONSTRAINT "fk_curriculum_assignments_curriculum"',
    );
    await queryRunner.query(
      'ALTER TABLE "curriculum_assignments" DROP CONSTRAINT "fk_curriculum_assignments_employee"',
    );
    await queryRunner.query('ALTER TABLE "curriculum_items" DROP CONSTRAINT "fk_curriculum_items_course"');
    await queryRunner.query(
      'ALTER TABLE "curriculum_items" DROP CONSTRAINT "fk_curriculum_items_curriculum"',
    );
    await queryRunner.query('ALTER TABLE "curricula" DROP CONSTRAINT "fk_curricula_role_profile"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP COLUMN "curriculum_assignment_id"');
    await queryRunner.query('DROP TABLE "curriculum_task_sign_offs"');
    await queryRunner.query('DROP INDEX "public"."ux_curriculum_assignments_employee"');
    await queryRunner.query('DROP TABLE "curriculum_assignments"');
    await queryRunner.query('DROP INDEX "public"."ux_curriculum_items_position"');
    await queryRunner.query('DROP TABLE "curriculum_items"');
    await queryRunner.query('DROP TABLE "curricula"');
  }
}
