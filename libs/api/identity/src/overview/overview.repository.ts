import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '@cadre/api/core';
import type { EmployeeStatus } from '@cadre/shared/contracts';

export interface OverviewCounts {
  units: number;
  employees: number;
  activeEmployees: number;
  users: number;
  activeUsers: number;
  byKind: { kind: string; units: number }[];
  byStatus: { status: EmployeeStatus; employees: number }[];
}

@Injectable()
export class OverviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(): Promise<OverviewCounts> {
    const [row] = await selectRows<{
      units: number;
      employees: number;
      active_employees: number;
      users: number;
      active_users: number;
      by_kind: OverviewCounts['byKind'];
      by_status: OverviewCounts['byStatus'];
    }>(
      this.dataSource,
      `select (select count(*)::int from org_units) as units,
              (select count(*)::int from employees) as employees,
              (select count(*)::int from employees where status = 'active') as active_employees,
              (select count(*)::int from users) as users,
              (select count(*)::int from users where is_active) as active_users,
              (select coalesce(json_agg(k order by k.kind), '[]') from
                 (select kind::text as kind, count(*)::int as units from org_units group by kind) k) as by_kind,
              (select coalesce(json_agg(s order by s.status), '[]') from
                 (select status::text as status, count(*)::int as employees from employees group by status) s) as by_status`,
    );
    return {
      units: row.units,
      employees: row.employees,
      activeEmployees: row.active_employees,
      users: row.users,
      activeUsers: row.active_users,
      byKind: row.by_kind,
      byStatus: row.by_status,
    };
  }
}
