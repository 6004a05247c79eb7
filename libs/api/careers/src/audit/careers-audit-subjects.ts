import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names careers records in the audit log: whose promotion or assessment, which level. */
@Injectable()
export class CareersAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        // Read models: identity's employees and talent's role profiles, for names only.
        promotion: `select p.id::text, e.full_name as name from promotions p join employees e on e.id = p.employee_id
                     where p.id = any($1::uuid[])`,
        competency_assessment: `select a.id::text, e.full_name || ' · ' || c.name as name
                                  from competency_assessments a join employees e on e.id = a.employee_id
                                  join assessment_cycles c on c.id = a.cycle_id where a.id = any($1::uuid[])`,
        assessment_cycle: `select id::text, name from assessment_cycles where id = any($1::uuid[])`,
        career_level: `select l.id::text, v.name_en as name from career_levels l
                         join role_profiles r on r.id = l.role_profile_id
                         join role_profile_versions v on v.profile_id = r.id and v.version = r.current_version
                        where l.id = any($1::uuid[])`,
      }),
    );
  }
}
