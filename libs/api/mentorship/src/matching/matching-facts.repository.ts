import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { MentoringLanguage } from '@cadre/shared/contracts';
import type { MenteeFacts, MentorFacts } from './match-score';

interface PersonRow {
  id: string;
  full_name: string;
  job_title: string;
  manager_id: string | null;
  org_unit_id: string;
  org_unit_name: string;
  hire_date: string;
  locale: string | null;
  product_lines: string[];
  regions: string[];
  segments: string[];
}

interface NeedRow {
  employee_id: string;
  competency_id: string;
  current_level: string;
  target_level: number;
}

interface MentorRow {
  employee_id: string;
  capacity: number;
  languages: MentoringLanguage[];
  load: number;
}

interface StrengthRow {
  employee_id: string;
  competency_id: string;
  level: number;
}

export interface PersonNames {
  fullName: string;
  jobTitle: string;
  orgUnitName: string;
}

/**
 * The read model matching works on. Read model: it joins identity's employees, org units
 * and users (for the preferred language) and talent's open development needs, one query
 * each for a whole cohort, so 500 mentees cost what one does.
 */
@Injectable()
export class MatchingFactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mentees(ids: string[], tx?: Tx): Promise<Map<string, MenteeFacts & PersonNames>> {
    const runner = tx ?? this.dataSource.manager;
    // One after the other: inside a transaction both run on its one connection.
    const people = await this.people(ids, tx);
    const needs = await selectRows<NeedRow>(
      runner,
      `select employee_id, competency_id, current_level::text as current_level, target_level
         from development_needs where employee_id = any($1::uuid[]) and closed_at is null`,
      [ids],
    );
    const byEmployee = new Map<string, MenteeFacts['needs'][number][]>();
    for (const n of needs)
      byEmployee.set(n.employee_id, [
        ...(byEmployee.get(n.employee_id) ?? []),
        { competencyId: n.competency_id, currentLevel: Number(n.current_level), targetLevel: n.target_level },
      ]);
    return new Map(
      people.map((p) => [
        p.id,
        {
          ...placeOf(p),
          managerId: p.manager_id,
          language: p.locale === 'zh-CN' ? 'zh' : 'en',
          needs: byEmployee.get(p.id) ?? [],
        },
      ]),
    );
  }

  /** Mentors with an active profile (or these ones), with their strengths and current load. */
  async mentors(
    filter: { activeOnly: true } | { ids: string[] },
    tx?: Tx,
  ): Promise<Map<string, MentorFacts & PersonNames>> {
    const runner = tx ?? this.dataSource.manager;
    const profiles = await selectRows<MentorRow>(
      runner,
      `select mp.employee_id, mp.capacity, mp.languages,
              (select count(*)::int from mentorship_pairings p
                where p.mentor_id = mp.employee_id and p.status in ('proposed', 'active', 'paused')) as load
         from mentor_profiles mp join employees e on e.id = mp.employee_id
        where e.status <> 'left' and ${'ids' in filter ? 'mp.employee_id = any($1::uuid[])' : 'mp.active'}`,
      'ids' in filter ? [filter.ids] : [],
    );
    const ids = profiles.map((p) => p.employee_id);
    const people = await this.people(ids, tx);
    const strengths = await selectRows<StrengthRow>(
      runner,
      'select employee_id, competency_id, level from mentor_strengths where employee_id = any($1::uuid[])',
      [ids],
    );
    const peopleById = new Map(people.map((p) => [p.id, p]));
    const strengthsOf = new Map<string, Map<string, number>>();
    for (const s of strengths) {
      const map = strengthsOf.get(s.employee_id) ?? new Map<string, number>();
      map.set(s.competency_id, s.level);
      strengthsOf.set(s.employee_id, map);
    }
    const mentors = new Map<string, MentorFacts & PersonNames>();
    for (const profile of profiles) {
      const person = peopleById.get(profile.employee_id);
      if (!person) continue;
      mentors.set(profile.employee_id, {
        ...placeOf(person),
        languages: profile.languages,
        strengths: strengthsOf.get(profile.employee_id) ?? new Map(),
        capacity: profile.capacity,
        load: profile.load,
      });
    }
    return mentors;
  }

  private people(ids: string[], tx?: Tx): Promise<PersonRow[]> {
    return selectRows<PersonRow>(
      tx ?? this.dataSource.manager,
      `with recursive up as (
         select e.id as employee_id, u.id, u.kind, u.parent_id
           from employees e join org_units u on u.id = e.org_unit_id where e.id = any($1::uuid[])
         union all
         select up.employee_id, p.id, p.kind, p.parent_id from org_units p join up on p.id = up.parent_id),
       places as (
         select employee_id,
                array_agg(id::text) filter (where kind = 'product_line') as product_lines,
                array_agg(id::text) filter (where kind = 'region') as regions,
                array_agg(id::text) filter (where kind = 'customer_segment') as segments
           from up group by employee_id)
       select e.id, e.full_name, e.job_title, e.manager_id, e.org_unit_id, ou.name as org_unit_name,
              e.hire_date::text as hire_date, us.locale::text as locale,
              coalesce(pl.product_lines, '{}') as product_lines, coalesce(pl.regions, '{}') as regions,
              coalesce(pl.segments, '{}') as segments
         from employees e join org_units ou on ou.id = e.org_unit_id
         left join users us on us.id = e.user_id
         left join places pl on pl.employee_id = e.id
        where e.id = any($1::uuid[])`,
      [ids],
    );
  }
}

function placeOf(p: PersonRow) {
  return {
    employeeId: p.id,
    fullName: p.full_name,
    jobTitle: p.job_title,
    orgUnitId: p.org_unit_id,
    orgUnitName: p.org_unit_name,
    hireDate: p.hire_date,
    productLines: new Set(p.product_lines),
    regions: new Set(p.regions),
    segments: new Set(p.segments),
  };
}
