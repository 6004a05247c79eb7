import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import Decimal from 'decimal.js';
import { explainReadiness, monthsBetween } from '@cadre/api/careers';
import { CertificationsLookup } from '@cadre/api/learning';
import { ResultsLookup } from '@cadre/api/performance';
import { addDaysIso } from '@cadre/shared/util';
import type { RoleProfileVersionDto } from '@cadre/shared/contracts';
import {
  DEMO_ASSESSMENTS,
  DEMO_MOVES,
  DEMO_NOMINATION,
  DEMO_PAST_ATTAINMENT,
  DEMO_POSITIONS,
  DEMO_SENIOR_PATH,
  DEMO_TRACKS,
  REP_CREDITED_MONTHS,
} from './demo-careers';
import { DEMO_EMPLOYEES } from './demo-company';
import { insertRows } from './insert-rows';
import { DEMO_METRICS } from './seed-demo-performance';

export interface CareersSeedContext {
  dataSource: DataSource;
  now: Date;
  today: string;
  employeeId: (key: string) => string;
  userId: (email: string) => string;
  competencyId: (code: string) => string;
  profiles: Map<string, RoleProfileVersionDto>;
}

const addMonthsIso = (date: string, months: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/**
 * Both tracks with four levels each, where everyone in sales stands, revenue targets for
 * the last four quarters (so results count towards readiness), this half's assessment for
 * Liu Yang's team, and Marcus Lee's nomination awaiting HR with the readiness it was made on.
 */
export async function seedDemoCareers(
  tx: EntityManager,
  ctx: CareersSeedContext,
): Promise<{ levels: number }> {
  const levelIds = new Map<string, string>();
  const profile = (code: string) => {
    const found = ctx.profiles.get(code);
    if (!found) throw new Error(`demo careers name an unknown role profile "${code}"`);
    return found;
  };
  const trackRows = DEMO_TRACKS.map((t, i) => ({
    id: randomUUID(),
    code: t.code,
    kind: t.kind,
    name_en: t.name[0],
    name_zh: t.name[1],
    position: i + 1,
  }));
  await insertRows(tx, 'career_tracks', trackRows);
  const levels = DEMO_TRACKS.flatMap((t, i) =>
    t.levels.map((l, rank) => {
      const id = randomUUID();
      levelIds.set(l.profile, id);
      return {
        id,
        track_id: trackRows[i]?.id,
        rank: rank + 1,
        role_profile_id: profile(l.profile).profileId,
        level: l,
      };
    }),
  );
  await insertRows(
    tx,
    'career_levels',
    levels.map(({ level: _l, ...row }) => ({ ...row, current_version: 1 })),
  );
  await insertRows(
    tx,
    'career_level_versions',
    levels.map(({ id, level }) => ({
      level_id: id,
      version: 1,
      responsibilities_en: level.responsibilities[0],
      responsibilities_zh: level.responsibilities[1],
      certifications: level.certifications,
      min_months_in_previous_level: level.minMonths,
      results: level.results,
    })),
  );
  await insertRows(
    tx,
    'career_level_moves',
    DEMO_MOVES.map(([from, to]) => ({ from_level_id: levelIds.get(from), to_level_id: levelIds.get(to) })),
  );

  // Where people stand: since their hire, the rep with their credited experience.
  const hired = new Map(
    DEMO_EMPLOYEES.map((e) => [
      e.key,
      typeof e.hired === 'string' ? e.hired : addDaysIso(ctx.today, -e.hired.daysAgo),
    ]),
  );
  const positioned = Object.entries(DEMO_POSITIONS);
  await insertRows(
    tx,
    'career_positions',
    positioned.map(([key, code]) => {
      const since = hired.get(key) ?? ctx.today;
      return {
        employee_id: ctx.employeeId(key),
        level_id: levelIds.get(code),
        starts_on: key === 'rep' ? addMonthsIso(since, -REP_CREDITED_MONTHS) : since,
        source: key === 'rep' ? 'credited' : 'placed',
      };
    }),
  );

  // As identity holds it: each person's role profile is the level they stand on.
  await tx.query(
    `update employees e set role_profile_id = l.role_profile_id
       from career_positions p join career_levels l on l.id = p.level_id
      where p.employee_id = e.id and p.ends_on is null and e.role_profile_id is null`,
  );

  // The senior level's own path, assigned when someone is promoted to it.
  const seniorPath = randomUUID();
  await insertRows(tx, 'curricula', [
    {
      id: seniorPath,
      role_profile_id: profile('senior-account-executive').profileId,
      title_en: 'Senior account executive: the first 60 days',
      title_zh: '高级客户经理：前 60 天',
      sequential: false,
    },
  ]);
  await insertRows(
    tx,
    'curriculum_items',
    DEMO_SENIOR_PATH.map(([en, zh, due], position) => ({
      curriculum_id: seniorPath,
      position,
      kind: 'task',
      task_title_en: en,
      task_title_zh: zh,
      due_offset_days: due,
      required: true,
    })),
  );

  await seedPastTargets(
    tx,
    ctx,
    positioned.map(([key]) => key),
  );
  const cycleName = await seedAssessments(
    tx,
    ctx,
    positioned.map(([key, code]) => ({ key, levelId: levelIds.get(code) })),
  );
  await seedNomination(tx, ctx, levelIds, cycleName);
  return { levels: levels.length };
}

/** Revenue targets of the last four complete quarters, set from what each seller sold then. */
async function seedPastTargets(tx: EntityManager, ctx: CareersSeedContext, keys: string[]): Promise<void> {
  const rows = (await tx.query(
    `with q as (select id, key, starts_on, ends_on from fiscal_periods
                 where kind = 'quarter' and ends_on < $1::date order by starts_on desc limit 4)
     select q.id as "periodId", q.key, ct.employee_id as "employeeId", sum(ct.amount)::text as actual,
            row_number() over (partition by ct.employee_id order by q.starts_on desc)::int as back
       from q join credited_totals ct on ct.month between q.starts_on and q.ends_on
       join metrics m on m.id = ct.metric_id and m.code = 'revenue'
      where ct.employee_id = any($2::uuid[])
      group by q.id, q.key, q.starts_on, ct.employee_id`,
    [ctx.today, keys.map(ctx.employeeId)],
  )) as { periodId: string; key: string; employeeId: string; actual: string; back: number }[];
  const keyOf = new Map(keys.map((k) => [ctx.employeeId(k), k]));
  const [revenue] = (await tx.query(`select id from metrics where code = 'revenue'`)) as { id: string }[];
  await insertRows(
    tx,
    'targets',
    rows
      .filter((r) => new Decimal(r.actual).gt(0))
      .map((r) => {
        const ratio = DEMO_PAST_ATTAINMENT[keyOf.get(r.employeeId) ?? '']?.[r.back - 1] ?? '0.95';
        return {
          metric_id: revenue?.id,
          period_id: r.periodId,
          employee_id: r.employeeId,
          value: new Decimal(r.actual).dividedBy(ratio).toDecimalPlaces(2).toString(),
          owner_id: r.employeeId,
          specific: `Revenue for you in ${r.key}`,
          measurable: 'Credited revenue in CNY from the CRM',
          achievable: 'Set from the pipeline and the run rate before it',
          relevant: 'Drives the commission plan and counts towards your next level',
          time_bound: `By the end of ${r.key}`,
        };
      }),
  );
}

/**
 * This half's cycle for everyone on a track; Liu Yang's team part-way: Marcus Lee agreed
 * (his levels are evidence now), Xu Hao rated by both and flagged, Lin Jing self-rated.
 */
async function seedAssessments(
  tx: EntityManager,
  ctx: CareersSeedContext,
  people: { key: string; levelId: string | undefined }[],
): Promise<string> {
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * 86_400_000).toISOString();
  const name = `${ctx.today.slice(0, 4)} H${Number(ctx.today.slice(5, 7)) <= 6 ? 1 : 2} competency assessment`;
  const cycleId = randomUUID();
  await insertRows(tx, 'assessment_cycles', [
    {
      id: cycleId,
      name,
      opens_on: addDaysIso(ctx.today, -20),
      due_on: addDaysIso(ctx.today, 12),
      created_by_user_id: ctx.userId('hr@cadre.test'),
    },
  ]);
  const ids = new Map(people.map((p) => [p.key, randomUUID()]));
  const manager = ctx.userId('manager@cadre.test');
  await insertRows(
    tx,
    'competency_assessments',
    people.map(({ key, levelId }) => {
      const ratings = DEMO_ASSESSMENTS[key] ?? [];
      const self = ratings.some((r) => r[1] !== null);
      const byManager = ratings.some((r) => r[2] !== null);
      const agreed = ratings.some((r) => r[3] !== null);
      return {
        id: ids.get(key),
        cycle_id: cycleId,
        employee_id: ctx.employeeId(key),
        level_id: levelId,
        self_submitted_at: self ? at(9) : null,
        manager_submitted_at: byManager ? at(5) : null,
        manager_user_id: byManager ? manager : null,
        agreed_at: agreed ? at(2) : null,
      };
    }),
  );
  const ratings = Object.entries(DEMO_ASSESSMENTS).flatMap(([key, rows]) =>
    rows.map(([code, self, manager, agreed]) => ({
      assessment_id: ids.get(key),
      competency_id: ctx.competencyId(code),
      self_level: self,
      self_evidence: self === null ? null : `Shown on live deals this half (${code.replace('-', ' ')}).`,
      manager_level: manager,
      manager_evidence: manager === null ? null : 'Seen in deal reviews and two joint customer visits.',
      agreed_level: agreed,
    })),
  );
  await insertRows(tx, 'assessment_ratings', ratings);
  // As agreeing does: the agreed levels become competency evidence.
  await insertRows(
    tx,
    'competency_evidence',
    Object.entries(DEMO_ASSESSMENTS).flatMap(([key, rows]) =>
      rows.flatMap(([code, , , agreed]) =>
        agreed === null
          ? []
          : [
              {
                employee_id: ctx.employeeId(key),
                competency_id: ctx.competencyId(code),
                level: agreed,
                source_kind: 'assessment',
                source_id: ids.get(key),
                source_label: name,
                recorded_at: at(2),
              },
            ],
      ),
    ),
  );
  return name;
}

/** Liu Yang's nomination of Marcus Lee, with the readiness snapshot the service would take. */
async function seedNomination(
  tx: EntityManager,
  ctx: CareersSeedContext,
  levelIds: Map<string, string>,
  cycleName: string,
): Promise<void> {
  const employeeId = ctx.employeeId(DEMO_NOMINATION.employee);
  const level = DEMO_TRACKS.flatMap((t) => t.levels).find((l) => l.profile === DEMO_NOMINATION.to);
  const levelId = levelIds.get(DEMO_NOMINATION.to);
  const fromLevelId = levelIds.get(DEMO_POSITIONS[DEMO_NOMINATION.employee] ?? '');
  if (!level || !levelId || !fromLevelId) throw new Error('the demo nomination names an unknown level');
  const window = Math.max(0, ...level.results.map((r) => r.ofQuarters));
  const results = new ResultsLookup(ctx.dataSource);
  const quarters = await results.lastCompleteQuarters(tx, window, ctx.today);
  const attainment = await results.quarterly(tx, [employeeId], ['revenue'], quarters);
  const held = await new CertificationsLookup(ctx.dataSource).heldOn(tx, [employeeId], ctx.today);
  const [position] = (await tx.query(
    `select starts_on::text as "startsOn" from career_positions where employee_id = $1 and ends_on is null`,
    [employeeId],
  )) as { startsOn: string }[];
  const since = position?.startsOn ?? ctx.today;
  const target = ctx.profiles.get(DEMO_NOMINATION.to);
  const agreed = (DEMO_ASSESSMENTS[DEMO_NOMINATION.employee] ?? []).filter((r) => r[3] !== null);
  const readiness = explainReadiness(
    levelId,
    {
      competencies: (target?.competencies ?? []).map((c) => ({
        competencyId: c.competencyId,
        target: c.targetLevel,
        weight: c.weight,
        mustHave: c.mustHave,
      })),
      certifications: level.certifications,
      minMonths: level.minMonths,
      results: level.results,
    },
    target?.competencies ?? [],
    {
      evidence: new Map(agreed.map(([code, , , level]) => [ctx.competencyId(code), level ?? 0])),
      certifications: new Set(held.map((h) => h.code)),
      monthsInLevel: monthsBetween(since, ctx.today),
      attainment: new Map([
        [
          'revenue',
          quarters.map((period) => ({
            period,
            attainment: attainment.find((a) => a.period === period)?.attainment ?? null,
          })),
        ],
      ]),
      since,
    },
    new Map(DEMO_METRICS.map((m) => [m.code, { en: m.name_en, zh: m.name_zh }])),
  );
  await insertRows(tx, 'promotions', [
    {
      employee_id: employeeId,
      from_level_id: fromLevelId,
      to_level_id: levelId,
      status: 'awaiting_hr',
      readiness,
      justification: `${DEMO_NOMINATION.justification} (Agreed levels: ${cycleName}.)`,
      nominated_by_user_id: ctx.userId(DEMO_NOMINATION.by),
      nominated_at: new Date(ctx.now.getTime() - 86_400_000).toISOString(),
    },
  ]);
}
