import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names recruitment's records: requisitions, candidates and applications (by their candidate) in the audit log. */
@Injectable()
export class RecruitmentAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        requisition: 'select id::text, title as name from requisitions where id = any($1::uuid[])',
        candidate: 'select id::text, full_name as name from candidates where id = any($1::uuid[])',
        application:
          'select a.id::text, c.full_name as name from applications a join candidates c on c.id = a.candidate_id where a.id = any($1::uuid[])',
      }),
    );
  }
}
