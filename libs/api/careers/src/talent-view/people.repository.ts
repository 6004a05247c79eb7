import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '@cadre/api/core';

export interface PersonRow {
  id: string;
  fullName: string;
  orgUnitName: string;
}

/** Read model: identity's employees and units, for the names on career pages. */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  byIds(ids: string[]): Promise<PersonRow[]> {
    return selectRows<PersonRow>(
      this.dataSource.manager,
      `select e.id, e.full_name as "fullName", u.name as "orgUnitName"
         from employees e join org_units u on u.id = e.org_unit_id
        where e.id = any($1::uuid[]) and e.status <> 'left' order by e.full_name`,
      [ids],
    );
  }

  /** The people of a unit's subtree. */
  inUnit(unitId: string): Promise<PersonRow[]> {
    return selectRows<PersonRow>(
      this.dataSource.manager,
      `with recursive tree as (select id from org_units where id = $1
                               union all select c.id from org_units c join tree t on c.parent_id = t.id)
       select e.id, e.full_name as "fullName", u.name as "orgUnitName"
         from employees e join tree t on t.id = e.org_unit_id join org_units u on u.id = e.org_unit_id
        where e.status <> 'left' order by e.full_name limit 2000`,
      [unitId],
    );
  }
}
