import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import Decimal from 'decimal.js';
import { fitFor } from '@cadre/api/recruitment';
import type { RoleProfileVersionDto } from '@cadre/shared/contracts';
import { DEMO_APPLICATIONS, DEMO_CANDIDATES, DEMO_REQUISITIONS } from './demo-recruitment';
import { insertRows } from './insert-rows';

export interface RecruitmentSeedContext {
  /** Start of the demo "today", so every stage change lies in the recent past. */
  now: Date;
  unitId(key: string): string;
  employeeId(key: string): string;
  userId(email: string): string;
  /** The demo profile versions by profile code, as the fit computation reads them. */
  profiles: Map<string, RoleProfileVersionDto>;
}

/**
 * The hiring in progress (demo-recruitment.ts) in one INSERT per table. Fit is computed by
 * the same function the API uses after every scorecard, so the demo shows real scores.
 */
export async function seedDemoRecruitment(tx: EntityManager, ctx: RecruitmentSeedContext): Promise<void> {
  const hr = ctx.userId('hr@cadre.test');
  const daysAgo = (days: number, hour = 10) =>
    new Date(ctx.now.getTime() - days * 86_400_000 + (hour - 12) * 3_600_000).toISOString();
  const lookup = <T>(map: Map<string, T>, key: string): T => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`demo recruitment refers to unknown key "${key}"`);
    return found;
  };

  const requisitions = new Map(
    DEMO_REQUISITIONS.map((r) => [
      r.key,
      { ...r, id: randomUUID(), version: lookup(ctx.profiles, r.profile) },
    ]),
  );
  const candidates = new Map(DEMO_CANDIDATES.map((c) => [c.key, { ...c, id: randomUUID() }]));

  await insertRows(
    tx,
    'requisitions',
    [...requisitions.values()].map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      role_profile_id: r.version.profileId,
      role_profile_version_id: r.version.id,
      org_unit_id: ctx.unitId(r.unit),
      hiring_manager_id: ctx.employeeId(r.hiringManager),
      headcount: r.headcount,
      filled: r.filled ?? 0,
      opened_at: r.openedDaysAgo === null ? null : daysAgo(r.openedDaysAgo, 9),
      closed_at: r.closedDaysAgo === undefined ? null : daysAgo(r.closedDaysAgo, 16),
      created_by_user_id: hr,
      created_at: daysAgo((r.openedDaysAgo ?? 1) + 1, 9),
    })),
  );
  await insertRows(
    tx,
    'candidates',
    [...candidates.values()].map((c) => ({
      id: c.id,
      full_name: c.fullName,
      email: c.email,
      phone: c.phone,
      source: c.source,
      years_experience: c.yearsExperience,
      industries: c.industries,
      skills: c.skills,
      notes: c.notes,
      created_by_user_id: hr,
    })),
  );

  type Row = Record<string, unknown>;
  const applications: Row[] = [];
  const events: Row[] = [];
  const interviewers: Row[] = [];
  const scorecards: Row[] = [];
  const ratings: Row[] = [];
  const needs: Row[] = [];
  const evidence: Row[] = [];
  const hiredProfiles: { employeeId: string; profileId: string }[] = [];
  for (const a of DEMO_APPLICATIONS) {
    const requisition = lookup(requisitions, a.requisition);
    const version = requisition.version;
    const id = randomUUID();
    let stage = 'applied';
    let changedAt = daysAgo(a.appliedDaysAgo);
    events.push({
      application_id: id,
      from_stage: null,
      to_stage: 'applied',
      reason: '',
      occurred_at: changedAt,
    });
    for (const [to, days, reason] of a.moves) {
      changedAt = daysAgo(days);
      events.push({ application_id: id, from_stage: stage, to_stage: to, reason, occurred_at: changedAt });
      stage = to;
    }
    for (const email of a.interviewers)
      interviewers.push({ application_id: id, user_id: ctx.userId(email), assigned_by_user_id: hr });
    const cards = a.scorecards.map((s) => {
      if (s.ratings.length !== version.competencies.length)
        throw new Error(`demo scorecard for ${a.candidate} rates ${s.ratings.length} competencies`);
      const scorecardId = randomUUID();
      scorecards.push({
        id: scorecardId,
        application_id: id,
        interviewer_user_id: ctx.userId(s.interviewer),
        recommendation: s.recommendation,
        summary: s.summary,
      });
      const rated = version.competencies.map((c, i) => ({
        competencyId: c.competencyId,
        rating: s.ratings[i] as number,
      }));
      ratings.push(
        ...rated.map((r) => ({
          scorecard_id: scorecardId,
          competency_id: r.competencyId,
          rating: r.rating,
          evidence: '',
        })),
      );
      return { recommendation: s.recommendation, ratings: rated };
    });
    const fit = fitFor(version, cards);
    const hiredEmployeeId = a.hiredEmployee ? ctx.employeeId(a.hiredEmployee) : null;
    applications.push({
      id,
      candidate_id: lookup(candidates, a.candidate).id,
      requisition_id: requisition.id,
      role_profile_version_id: version.id,
      stage,
      stage_changed_at: changedAt,
      fit_score: fit.score,
      knocked_out: fit.knockedOut,
      fit,
      hired_employee_id: hiredEmployeeId,
      created_at: daysAgo(a.appliedDaysAgo),
    });
    if (hiredEmployeeId) {
      // As HiringService does: each gap the scorecards show becomes a development need.
      for (const c of fit.competencies.filter((c) => c.rating !== null && c.gap !== '0'))
        needs.push({
          employee_id: hiredEmployeeId,
          competency_id: c.competencyId,
          current_level: c.rating,
          target_level: c.targetLevel,
          gap: c.gap,
          source: 'hire',
          application_id: id,
          created_at: changedAt,
        });
      // …and what the interviewers saw is their first evidence, in whole levels rounded down.
      for (const c of fit.competencies.filter((c) => c.rating !== null))
        evidence.push({
          employee_id: hiredEmployeeId,
          competency_id: c.competencyId,
          level: new Decimal(c.rating ?? '0').floor().toNumber(),
          source_kind: 'hire',
          source_id: id,
          source_label: 'Hiring scorecards',
          recorded_at: changedAt,
        });
      hiredProfiles.push({ employeeId: hiredEmployeeId, profileId: version.profileId });
    }
  }
  await insertRows(tx, 'applications', applications);
  await insertRows(
    tx,
    'application_stage_events',
    events.map((e) => ({ ...e, actor_user_id: hr })),
  );
  await insertRows(tx, 'application_interviewers', interviewers);
  await insertRows(tx, 'scorecards', scorecards);
  await insertRows(tx, 'scorecard_ratings', ratings);
  await insertRows(tx, 'development_needs', needs);
  await insertRows(tx, 'competency_evidence', evidence);
  for (const hired of hiredProfiles)
    await tx.query('update employees set role_profile_id = $1 where id = $2', [
      hired.profileId,
      hired.employeeId,
    ]);
}
