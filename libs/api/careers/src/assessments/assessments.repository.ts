import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { AssessmentCycleDto, CalibrationRowDto } from '@cadre/shared/contracts';

export interface AssessmentRow {
  id: string;
  cycleId: string;
  cycleName: string;
  dueOn: string;
  employeeId: string;
  fullName: string;
  levelId: string;
  selfSubmittedAt: Date | null;
  managerSubmittedAt: Date | null;
  agreedAt: Date | null;
}

export interface RatingRow {
  assessmentId: string;
  competencyId: string;
  selfLevel: number | null;
  selfEvidence: string | null;
  managerLevel: number | null;
  managerEvidence: string | null;
  agreedLevel: number | null;
}

/** Read model: identity's employees are joined for names. */
const COLUMNS = `a.id, a.cycle_id as "cycleId", c.name as "cycleName", c.due_on::text as "dueOn",
         a.employee_id as "employeeId", e.full_name as "fullName", a.level_id as "levelId",
         a.self_submitted_at as "selfSubmittedAt", a.manager_submitted_at as "managerSubmittedAt", a.agreed_at as "agreedAt"`;
const FROM = `competency_assessments a join assessment_cycles c on c.id = a.cycle_id join employees e on e.id = a.employee_id`;

@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  byId(id: string, tx?: Tx): Promise<AssessmentRow | undefined> {
    return selectRows<AssessmentRow>(
      tx ?? this.dataSource.manager,
      `select ${COLUMNS} from ${FROM} where a.id = $1`,
      [id],
    ).then((rows) => rows[0]);
  }

  /** Each person's assessment in the newest cycle that has one for them. */
  latestOf(employeeIds: string[]): Promise<AssessmentRow[]> {
    return selectRows<AssessmentRow>(
      this.dataSource.manager,
      `select distinct on (a.employee_id) ${COLUMNS} from ${FROM}
        where a.employee_id = any($1::uuid[])
        order by a.employee_id, c.due_on desc, c.created_at desc`,
      [employeeIds],
    );
  }

  ratings(assessmentIds: string[], tx?: Tx): Promise<RatingRow[]> {
    return selectRows<RatingRow>(
      tx ?? this.dataSource.manager,
      `select assessment_id as "assessmentId", competency_id as "competencyId", self_level as "selfLevel",
              self_evidence as "selfEvidence", manager_level as "managerLevel", manager_evidence as "managerEvidence",
              agreed_level as "agreedLevel"
         from assessment_ratings where assessment_id = any($1::uuid[])`,
      [assessmentIds],
    );
  }

  /** Locks the assessment for a write; answers its state as it is now. */
  async lock(tx: Tx, id: string): Promise<AssessmentRow | undefined> {
    await tx.query(`select 1 from competency_assessments where id = $1 for update`, [id]);
    return this.byId(id, tx);
  }

  /** Writes one side's ratings (replacing that side's earlier ones) and marks it submitted. */
  async rate(
    tx: Tx,
    id: string,
    side: 'self' | 'manager',
    ratings: { competencyId: string; level: number; evidence: string }[],
    userId: string,
  ): Promise<void> {
    await tx.query(
      `insert into assessment_ratings (assessment_id, competency_id, ${side}_level, ${side}_evidence)
       select $1, r.competency_id, r.level, r.evidence
         from unnest($2::uuid[], $3::smallint[], $4::text[]) as r(competency_id, level, evidence)
       on conflict (assessment_id, competency_id)
       do update set ${side}_level = excluded.${side}_level, ${side}_evidence = excluded.${side}_evidence`,
      [id, ratings.map((r) => r.competencyId), ratings.map((r) => r.level), ratings.map((r) => r.evidence)],
    );
    await tx.query(
      side === 'self'
        ? `update competency_assessments set self_submitted_at = now() where id = $1`
        : `update competency_assessments set manager_submitted_at = now(), manager_user_id = $2 where id = $1`,
      side === 'self' ? [id] : [id, userId],
    );
  }

  async agree(tx: Tx, id: string, levels: { competencyId: string; level: number }[]): Promise<void> {
    await tx.query(
      `update assessment_ratings r set agreed_level = v.level
         from unnest($2::uuid[], $3::smallint[]) as v(competency_id, level)
        where r.assessment_id = $1 and r.competency_id = v.competency_id`,
      [id, levels.map((l) => l.competencyId), levels.map((l) => l.level)],
    );
    await tx.query(`update competency_assessments set agreed_at = now() where id = $1`, [id]);
  }

  /** The cycle still running on the day, if any; cycles are locked so two openings queue. */
  async lockOpenCycle(tx: Tx, today: string): Promise<{ name: string; dueOn: string } | null> {
    await tx.query(`lock table assessment_cycles in share row exclusive mode`);
    const [row] = await selectRows<{ name: string; dueOn: string }>(
      tx,
      `select name, due_on::text as "dueOn" from assessment_cycles where due_on >= $1::date order by due_on desc limit 1`,
      [today],
    );
    return row ?? null;
  }

  async createCycle(
    tx: Tx,
    c: { name: string; opensOn: string; dueOn: string; userId: string },
  ): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into assessment_cycles (name, opens_on, due_on, created_by_user_id) values ($1, $2, $3, $4) returning id`,
      [c.name, c.opensOn, c.dueOn, c.userId],
    );
    if (!row) throw new Error('the cycle insert answered nothing');
    return row.id;
  }

  /** One assessment for each of these people, at the level given. Answers how many. */
  async openFor(tx: Tx, cycleId: string, people: { employeeId: string; levelId: string }[]): Promise<number> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `insert into competency_assessments (cycle_id, employee_id, level_id)
       select $1, p.employee_id, p.level_id from unnest($2::uuid[], $3::uuid[]) as p(employee_id, level_id)
       on conflict (cycle_id, employee_id) do nothing returning id`,
      [cycleId, people.map((p) => p.employeeId), people.map((p) => p.levelId)],
    );
    return rows.length;
  }

  cycles(): Promise<AssessmentCycleDto[]> {
    return selectRows<AssessmentCycleDto>(
      this.dataSource.manager,
      `select c.id, c.name, c.opens_on::text as "opensOn", c.due_on::text as "dueOn",
              count(a.id)::int as assessments, count(a.agreed_at)::int as agreed
         from assessment_cycles c left join competency_assessments a on a.cycle_id = c.id
        group by c.id order by c.due_on desc, c.name`,
      [],
    );
  }

  /**
   * Read model: identity's employees and units group the agreed levels by unit for HR's
   * calibration; a flag is a self and manager rating two or more apart.
   */
  calibration(cycleId: string): Promise<CalibrationRowDto[]> {
    return selectRows<CalibrationRowDto>(
      this.dataSource.manager,
      `select u.id as "orgUnitId", u.name as "orgUnitName", count(distinct a.id)::int as assessed,
              count(distinct a.id) filter (where a.agreed_at is not null)::int as agreed,
              count(*) filter (where abs(r.self_level - r.manager_level) >= 2)::int as flagged,
              array[count(*) filter (where r.agreed_level = 1), count(*) filter (where r.agreed_level = 2),
                    count(*) filter (where r.agreed_level = 3), count(*) filter (where r.agreed_level = 4),
                    count(*) filter (where r.agreed_level = 5)]::int[] as distribution,
              round(avg(r.agreed_level), 2)::text as "meanAgreed"
         from competency_assessments a
         join employees e on e.id = a.employee_id
         join org_units u on u.id = e.org_unit_id
         left join assessment_ratings r on r.assessment_id = a.id
        where a.cycle_id = $1
        group by u.id, u.name order by u.name`,
      [cycleId],
    );
  }
}
