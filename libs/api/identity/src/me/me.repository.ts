import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedRead } from '@cadre/api/core';
import type {
  EmployeeDto,
  EmployeeStatus,
  Locale,
  MyProfileDto,
  OrgUnitKind,
  Role,
} from '@cadre/shared/contracts';
import { MAX_ORG_DEPTH } from '../org-units/org-units.repository';

/** An employee as the profile query builds it (json_build_object keys). */
interface EmployeeJson {
  id: string;
  fullName: string;
  email: string;
  jobTitle: string;
  hireDate: string;
  status: EmployeeStatus;
  orgUnitId: string;
  orgUnitName: string;
  managerId: string | null;
  managerName: string | null;
  userId: string | null;
}

interface ProfileRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  locale: Locale;
  employee: EmployeeJson | null;
  manager: EmployeeJson | null;
  org_unit_path: { id: string; name: string; kind: OrgUnitKind }[] | null;
  direct_reports: number;
}

const EMPLOYEE_JSON = (e: string, ou: string, m: string) => `json_build_object(
  'id', ${e}.id, 'fullName', ${e}.full_name, 'email', ${e}.email, 'jobTitle', ${e}.job_title,
  'hireDate', ${e}.hire_date, 'status', ${e}.status, 'orgUnitId', ${e}.org_unit_id,
  'orgUnitName', ${ou}.name, 'managerId', ${e}.manager_id, 'managerName', ${m}.full_name, 'userId', ${e}.user_id)`;

/**
 * The signed-in person's page in one round trip: the user, their employee record, their
 * manager's, the path from the root of the org tree and how many report to them. Read on
 * every page load. The walk up the tree stops at a unit it has seen and at MAX_ORG_DEPTH,
 * so even a corrupted tree (a loop) cannot make it run forever.
 */
const PROFILE = {
  name: 'identity.my_profile',
  text: `with recursive me as (
           select u.id, u.email, u.display_name, u.roles, u.locale, e.id as employee_id,
                  e.org_unit_id, e.manager_id
             from users u left join employees e on e.user_id = u.id
            where u.id = $1),
         up as (
           select ou.id, ou.name, ou.kind, ou.parent_id, 0 as depth, array[ou.id] as seen
             from org_units ou where ou.id = (select org_unit_id from me)
           union all
           select p.id, p.name, p.kind, p.parent_id, up.depth + 1, up.seen || p.id
             from org_units p join up on p.id = up.parent_id
            where p.id <> all(up.seen) and up.depth < $2)
         select me.id, me.email, me.display_name, me.roles, me.locale,
                (select ${EMPLOYEE_JSON('e', 'ou', 'm')}
                   from employees e join org_units ou on ou.id = e.org_unit_id
                   left join employees m on m.id = e.manager_id
                  where e.id = me.employee_id) as employee,
                (select ${EMPLOYEE_JSON('e', 'ou', 'm')}
                   from employees e join org_units ou on ou.id = e.org_unit_id
                   left join employees m on m.id = e.manager_id
                  where e.id = me.manager_id) as manager,
                (select json_agg(json_build_object('id', up.id, 'name', up.name, 'kind', up.kind) order by up.depth desc)
                   from up) as org_unit_path,
                (select count(*)::int from employees r
                  where r.manager_id = me.employee_id and r.status = 'active') as direct_reports
           from me`,
};

@Injectable()
export class MeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async profile(userId: string): Promise<MyProfileDto | null> {
    const [row] = await preparedRead<ProfileRow>(this.dataSource, PROFILE, [userId, MAX_ORG_DEPTH]);
    return row ? toProfile(row) : null;
  }
}

function toProfile(row: ProfileRow): MyProfileDto {
  return {
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      roles: row.roles,
      locale: row.locale,
    },
    employee: row.employee && toEmployee(row.employee),
    manager: row.manager && toEmployee(row.manager),
    orgUnitPath: row.employee ? (row.org_unit_path ?? []) : [],
    directReports: row.employee ? row.direct_reports : 0,
  };
}

function toEmployee(e: EmployeeJson): EmployeeDto {
  return { ...e };
}
