import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names learning's records in the audit log: courses, enrolments, curricula and who follows them. */
@Injectable()
export class LearningAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        course: 'select id::text, code as name from courses where id = any($1::uuid[])',
        // Read model: identity's employees joined for the learner's name only.
        enrolment: `select e.id::text, c.code || ' · ' || emp.full_name as name
                      from enrolments e join courses c on c.id = e.course_id join employees emp on emp.id = e.employee_id
                     where e.id = any($1::uuid[])`,
        curriculum: 'select id::text, title_en as name from curricula where id = any($1::uuid[])',
        curriculum_assignment: `select a.id::text, c.title_en || ' · ' || emp.full_name as name
                                  from curriculum_assignments a join curricula c on c.id = a.curriculum_id
                                  join employees emp on emp.id = a.employee_id
                                 where a.id = any($1::uuid[])`,
        library_resource: `select r.id::text, v.title_en as name from library_resources r
                             join library_resource_versions v on v.resource_id = r.id and v.version = r.current_version
                            where r.id = any($1::uuid[])`,
        learning_file: 'select id::text, file_name as name from learning_files where id = any($1::uuid[])',
      }),
    );
  }
}
