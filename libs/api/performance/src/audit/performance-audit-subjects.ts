import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names performance records in the audit log. */
@Injectable()
export class PerformanceAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        metric: `select id::text, code as name from metrics where id = any($1::uuid[])`,
        fiscal_period: `select id::text, key as name from fiscal_periods where id = any($1::uuid[])`,
        // Read model: identity's employees and units joined for the holder's name only.
        target: `select t.id::text, m.code || ' ' || p.key || ' · ' || coalesce(e.full_name, u.name) as name
                   from targets t join metrics m on m.id = t.metric_id join fiscal_periods p on p.id = t.period_id
                   left join employees e on e.id = t.employee_id left join org_units u on u.id = t.org_unit_id
                  where t.id = any($1::uuid[])`,
        sales_transaction: `select id::text, source || ':' || external_id as name from sales_transactions
                             where id::text = any($1::text[])`,
        import: `select id::text, file_name as name from import_jobs where id = any($1::uuid[])`,
        performance_review: `select r.id::text, e.full_name || ' · ' || p.key as name from performance_reviews r
                               join employees e on e.id = r.employee_id join fiscal_periods p on p.id = r.period_id
                              where r.id = any($1::uuid[])`,
      }),
    );
  }
}
