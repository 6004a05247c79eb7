import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { MentoringLanguage, MentorStrengthRequest } from '@cadre/shared/contracts';

export interface MentorProfileRow {
  employee_id: string;
  full_name: string;
  job_title: string;
  org_unit_name: string;
  capacity: number;
  languages: MentoringLanguage[];
  availability: string;
  active: boolean;
  nominated_by: 'self' | 'hr';
  load: number;
}

export interface MentorStrengthRow {
  employee_id: string;
  competency_id: string;
  code: string;
  name_en: string;
  name_zh: string;
  level: number;
  reason: string | null;
}

export interface EvidenceLevelRow {
  employee_id: string;
  competency_id: string;
  code: string;
  name_en: string;
  name_zh: string;
  level: number;
}

/**
 * Mentor profiles and strengths. Read model: joins identity's employees and org units for
 * names, and talent's competency evidence for the levels a mentor has shown.
 */
@Injectable()
export class MentorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  profiles(ids: string[] | null, tx?: Tx): Promise<MentorProfileRow[]> {
    return selectRows<MentorProfileRow>(
      tx ?? this.dataSource.manager,
      `select mp.employee_id, e.full_name, e.job_title, ou.name as org_unit_name, mp.capacity, mp.languages,
              mp.availability, mp.active, mp.nominated_by,
              (select count(*)::int from mentorship_pairings p
                where p.mentor_id = mp.employee_id and p.status in ('proposed', 'active', 'paused')) as load
         from mentor_profiles mp join employees e on e.id = mp.employee_id
         join org_units ou on ou.id = e.org_unit_id
        where e.status <> 'left' and ($1::uuid[] is null or mp.employee_id = any($1::uuid[]))
        order by mp.active desc, e.full_name`,
      [ids],
    );
  }

  strengths(ids: string[], tx?: Tx): Promise<MentorStrengthRow[]> {
    return selectRows<MentorStrengthRow>(
      tx ?? this.dataSource.manager,
      `select s.employee_id, s.competency_id, c.code, c.name_en, c.name_zh, s.level, s.reason
         from mentor_strengths s join competencies c on c.id = s.competency_id
        where s.employee_id = any($1::uuid[]) order by c.code`,
      [ids],
    );
  }

  /** The highest level each person's evidence shows, per competency. */
  evidenceLevels(ids: string[], tx?: Tx): Promise<EvidenceLevelRow[]> {
    return selectRows<EvidenceLevelRow>(
      tx ?? this.dataSource.manager,
      `select ev.employee_id, ev.competency_id, c.code, c.name_en, c.name_zh, max(ev.level)::int as level
         from competency_evidence ev join competencies c on c.id = ev.competency_id
        where ev.employee_id = any($1::uuid[])
        group by ev.employee_id, ev.competency_id, c.code, c.name_en, c.name_zh order by c.code`,
      [ids],
    );
  }

  /** Creates or replaces a profile and its strengths; answers whether it existed before. */
  async save(
    tx: Tx,
    employeeId: string,
    profile: {
      capacity: number;
      languages: MentoringLanguage[];
      availability: string;
      active: boolean;
      nominatedBy: 'self' | 'hr';
    },
    strengths: MentorStrengthRequest[],
  ): Promise<boolean> {
    const [row] = await selectRows<{ existed: boolean }>(
      tx,
      `insert into mentor_profiles (employee_id, capacity, languages, availability, active, nominated_by)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (employee_id) do update
          set capacity = excluded.capacity, languages = excluded.languages,
              availability = excluded.availability, active = excluded.active, updated_at = now()
       returning (xmax <> 0) as existed`,
      [
        employeeId,
        profile.capacity,
        profile.languages,
        profile.availability,
        profile.active,
        profile.nominatedBy,
      ],
    );
    await tx.query('delete from mentor_strengths where employee_id = $1', [employeeId]);
    if (strengths.length)
      await tx.query(
        `insert into mentor_strengths (employee_id, competency_id, level, reason)
         select $1, s.competency_id, s.level, s.reason
           from unnest($2::uuid[], $3::int[], $4::text[]) as s(competency_id, level, reason)`,
        [
          employeeId,
          strengths.map((s) => s.competencyId),
          strengths.map((s) => s.level),
          strengths.map((s) => s.reason ?? null),
        ],
      );
    return row.existed;
  }

  /** The competency library in use. Read model: talent's competencies. */
  activeCompetencies(): Promise<{ id: string; code: string; name_en: string; name_zh: string }[]> {
    return selectRows(
      this.dataSource.manager,
      'select id, code, name_en, name_zh from competencies where not archived order by code',
    );
  }

  async existingCompetencies(tx: Tx, ids: string[]): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(
      tx,
      'select id from competencies where id = any($1::uuid[]) and not archived',
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
