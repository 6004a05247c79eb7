import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '@cadre/api/core';
import { QUIET_PAIR_DAYS } from '@cadre/shared/contracts';

/** Who a programme view covers: everyone, or the pairings of these mentees (a manager's subtree). */
export type ProgrammeScope = { all: true } | { all: false; ids: string[] };

export interface TeamRow {
  employee_id: string;
  full_name: string;
  job_title: string;
  hire_date: string;
  open_needs: number;
  pairing_id: string | null;
}

export interface HealthRow {
  active: number;
  proposed: number;
  paused: number;
  overdue: number;
  quiet: number;
  cross_unit: number;
  stalled_goals: number;
  needs_closed: number;
  median_days_to_onboarding: string | null;
  mentee_rating: string | null;
  mentor_rating: string | null;
}

export interface LoadRow {
  employee_id: string;
  full_name: string;
  load: number;
  capacity: number;
}

/** Largest team list: the newest hires first. */
const TEAM_LIMIT = 500;

function scopeParams(scope: ProgrammeScope): [boolean, string[]] {
  return scope.all ? [true, []] : [false, scope.ids];
}

/**
 * Programme views. Read model: joins identity's employees, talent's development needs and
 * learning's enrolments and courses (for time to a first completed onboarding course).
 */
@Injectable()
export class ProgrammeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  team(scope: ProgrammeScope, excludeId: string | null, hiredSince: string | null): Promise<TeamRow[]> {
    return selectRows<TeamRow>(
      this.dataSource.manager,
      `select e.id as employee_id, e.full_name, e.job_title, e.hire_date::text as hire_date,
              (select count(*)::int from development_needs n where n.employee_id = e.id and n.closed_at is null) as open_needs,
              (select p.id from mentorship_pairings p where p.mentee_id = e.id
                order by p.status in ('proposed', 'active', 'paused') desc, p.proposed_at desc limit 1) as pairing_id
         from employees e
        where e.status <> 'left' and ($1::boolean or e.id = any($2::uuid[]))
          and e.id is distinct from $3::uuid and ($4::date is null or e.hire_date >= $4::date)
        order by e.hire_date desc, e.full_name
        limit ${TEAM_LIMIT}`,
      [...scopeParams(scope), excludeId, hiredSince],
    );
  }

  async health(scope: ProgrammeScope, today: string): Promise<HealthRow> {
    const [row] = await selectRows<HealthRow>(
      this.dataSource.manager,
      `with scoped as (
         select * from mentorship_pairings p where $1::boolean or p.mentee_id = any($2::uuid[])),
       open as (select * from scoped where status in ('proposed', 'active', 'paused')),
       onboarding as (
         select s.mentee_id, min(en.completed_at)::date - e.hire_date as days
           from (select distinct mentee_id from scoped) s
           join employees e on e.id = s.mentee_id
           join enrolments en on en.employee_id = s.mentee_id and en.completed_at is not null
           join courses c on c.id = en.course_id and c.category = 'onboarding'
          group by s.mentee_id, e.hire_date)
       select
         (select count(*)::int from open where status = 'active') as active,
         (select count(*)::int from open where status = 'proposed') as proposed,
         (select count(*)::int from open where status = 'paused') as paused,
         (select count(*)::int from open where status = 'active' and next_check_in_on < $3::date) as overdue,
         (select count(*)::int from open where status = 'active'
             and coalesce(last_check_in_on, started_on) < $3::date - ${QUIET_PAIR_DAYS}) as quiet,
         (select count(*)::int from open where cross_unit) as cross_unit,
         (select count(*)::int from mentorship_goals g join open on open.id = g.pairing_id
           where g.progress < 100
             and (g.progress_changed_at < $3::date - ${QUIET_PAIR_DAYS} or g.target_date < $3::date)) as stalled_goals,
         (select count(distinct n.id)::int from development_needs n
            join scoped p on p.mentee_id = n.employee_id and p.started_on is not null
           where n.closed_at >= p.started_on and (p.ended_on is null or n.closed_at < p.ended_on + 1)) as needs_closed,
         (select percentile_cont(0.5) within group (order by days)::text from onboarding) as median_days_to_onboarding,
         (select round(avg(f.rating), 1)::text from mentorship_feedback f join scoped p on p.id = f.pairing_id
           where f.side = 'mentee') as mentee_rating,
         (select round(avg(f.rating), 1)::text from mentorship_feedback f join scoped p on p.id = f.pairing_id
           where f.side = 'mentor') as mentor_rating`,
      [...scopeParams(scope), today],
    );
    return row;
  }

  /** Open pairs that need someone to act, most urgent first (at most 50). */
  async attention(scope: ProgrammeScope, today: string): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      this.dataSource.manager,
      `select p.id from mentorship_pairings p
        where p.status in ('proposed', 'active', 'paused')
          and ($1::boolean or p.mentee_id = any($2::uuid[]))
          and (p.cross_unit or p.status = 'proposed'
               or (p.status = 'active' and (p.next_check_in_on < $3::date
                   or coalesce(p.last_check_in_on, p.started_on) < $3::date - ${QUIET_PAIR_DAYS})))
        order by (p.status = 'active' and p.next_check_in_on < $3::date) desc, p.next_check_in_on nulls last,
                 p.proposed_at
        limit 50`,
      [...scopeParams(scope), today],
    );
    return rows.map((r) => r.id);
  }

  /** Each active mentor's open pairings against their capacity (for a manager: those in or mentoring their subtree). */
  mentorLoad(scope: ProgrammeScope): Promise<LoadRow[]> {
    return selectRows<LoadRow>(
      this.dataSource.manager,
      `select mp.employee_id, e.full_name, mp.capacity,
              (select count(*)::int from mentorship_pairings p
                where p.mentor_id = mp.employee_id and p.status in ('proposed', 'active', 'paused')) as load
         from mentor_profiles mp join employees e on e.id = mp.employee_id
        where mp.active and e.status <> 'left'
          and ($1::boolean or mp.employee_id = any($2::uuid[])
               or exists (select 1 from mentorship_pairings p where p.mentor_id = mp.employee_id
                           and p.mentee_id = any($2::uuid[]) and p.status in ('proposed', 'active', 'paused')))
        order by load desc, e.full_name`,
      scopeParams(scope),
    );
  }
}
