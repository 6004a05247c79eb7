import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names identity's records: users, employees and org units in the audit log. */
@Injectable()
export class IdentityAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        user: 'select id::text, display_name as name from users where id = any($1::uuid[])',
        employee: 'select id::text, full_name as name from employees where id = any($1::uuid[])',
        org_unit: 'select id::text, name from org_units where id = any($1::uuid[])',
      }),
    );
  }
}
