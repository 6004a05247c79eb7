import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names talent's records: competencies and role profiles in the audit log. */
@Injectable()
export class TalentAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        competency:
          "select id::text, name_en || ' / ' || name_zh as name from competencies where id = any($1::uuid[])",
        role_profile: 'select id::text, code as name from role_profiles where id = any($1::uuid[])',
      }),
    );
  }
}
