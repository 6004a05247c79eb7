import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names learning's records in the audit log: a course by its code, an enrolment by course and learner. */
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
      }),
    );
  }
}
