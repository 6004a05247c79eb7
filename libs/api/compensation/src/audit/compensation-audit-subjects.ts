import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names compensation records in the audit log. */
@Injectable()
export class CompensationAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        commission_plan: `select id::text, code as name from commission_plans where id = any($1::uuid[])`,
        // Read model: identity's employees joined for the person's name only.
        plan_assignment: `select a.id::text, p.code || ' · ' || e.full_name as name
                            from plan_assignments a join commission_plans p on p.id = a.plan_id
                            join employees e on e.id = a.employee_id where a.id = any($1::uuid[])`,
        commission_statement: `select s.id::text, e.full_name || ' · ' || s.period_key as name
                                 from commission_statements s join employees e on e.id = s.employee_id
                                where s.id = any($1::uuid[])`,
      }),
    );
  }
}
