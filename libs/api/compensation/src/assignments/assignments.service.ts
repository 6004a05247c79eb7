import { Injectable } from '@nestjs/common';
import {
  AuditService,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import { TargetsLookup } from '@cadre/api/performance';
import type {
  AssignableEmployeeDto,
  AssignableRoleProfileDto,
  AssignmentDto,
  CreateAssignmentsRequest,
  QuotaDto,
} from '@cadre/shared/contracts';
import { todayIso } from '@cadre/shared/util';
import { PlansRepository } from '../plans/plans.repository';
import { AssignmentsRepository } from './assignments.repository';

/** Whose pay a plan decides, for which dates, against which quotas. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly plans: PlansRepository,
    private readonly targets: TargetsLookup,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(planId: string | undefined): Promise<AssignmentDto[]> {
    return this.assignments.list({ planId });
  }

  /** The caller's own, each with its plan's document and the names of the metrics it reads. */
  async mine(principal: Principal): Promise<AssignmentDto[]> {
    if (!principal.employeeId) return [];
    const mine = await this.assignments.list({ employeeIds: [principal.employeeId], withPlan: true });
    const codes = [...new Set(mine.flatMap((a) => metricsOf(a.planDocument)))];
    const names = codes.length ? await this.targets.metricNames(null, codes) : [];
    return mine.map((a) => {
      const read = metricsOf(a.planDocument);
      return {
        ...a,
        metrics: names
          .filter((m) => read.includes(m.code))
          .map(({ code, nameEn, nameZh }) => ({ code, nameEn, nameZh })),
      };
    });
  }

  /** The assignment form's people, by search, with the plan each holds today. */
  candidates(search: string): Promise<AssignableEmployeeDto[]> {
    return this.assignments.candidates(search.trim(), todayIso());
  }

  /** The assignment form's role profiles, with how many people are on each. */
  roleProfiles(): Promise<AssignableRoleProfileDto[]> {
    return this.assignments.roleProfiles();
  }

  /**
   * Assigns a plan to each person, all or none: nobody may hold two plans on the same day.
   * Quotas are typed in, or each person's own targets of a metric for the given periods.
   */
  async create(request: CreateAssignmentsRequest): Promise<AssignmentDto[]> {
    if (request.endsOn && request.endsOn < request.startsOn)
      throw InvalidInputError.field('endsOn', `Must be on or after ${request.startsOn}`, 'too_small', {
        min: request.startsOn,
      });
    const byProfile = request.roleProfileId !== undefined;
    if (byProfile === (request.employeeIds !== undefined))
      throw InvalidInputError.field(
        'employeeIds',
        'Give the people or a role profile, one of the two',
        'required',
      );
    const ids = await this.transactions.run(async (tx) => {
      if (!(await this.plans.byId(request.planId, tx)))
        throw InvalidInputError.field('planId', 'No such plan', 'no_such_record');
      let people: string[];
      if (request.roleProfileId !== undefined) {
        if (!(await this.assignments.roleProfileExists(tx, request.roleProfileId)))
          throw InvalidInputError.field('roleProfileId', 'No such role profile', 'no_such_record');
        people = await this.assignments.onRoleProfile(tx, request.roleProfileId);
        if (!people.length)
          throw InvalidInputError.field(
            'roleProfileId',
            'Nobody active is on this role profile',
            'empty_role_profile',
          );
      } else people = [...new Set(request.employeeIds)];
      // Where a clash is reported: the person's place in the list given, or the role profile.
      const fieldOf = (id: string) => (byProfile ? 'roleProfileId' : `employeeIds[${people.indexOf(id)}]`);
      const names = await this.assignments.people(tx, people);
      const missing = people.find((id) => !names.has(id));
      if (missing) throw InvalidInputError.field(fieldOf(missing), 'No such employee', 'no_such_record');
      await this.assignments.lockAssignments(tx);
      const clashes = await this.assignments.overlapping(tx, people, request.startsOn, request.endsOn);
      if (clashes.length)
        throw new InvalidInputError(
          people
            .filter((id) => clashes.includes(id))
            .map((id) => ({
              field: fieldOf(id),
              reason: `${names.get(id)} already has a plan on some of these dates`,
              code: 'overlapping' as const,
              params: { name: names.get(id) ?? '' },
            })),
        );
      const fromTargets = request.quotasFromTargets
        ? await this.targets.personalTargets(
            tx,
            request.quotasFromTargets.metric,
            request.quotasFromTargets.periods,
            people,
          )
        : [];
      const metric = request.quotasFromTargets?.metric ?? '';
      const rows = people.map((employeeId) => {
        const quotas = new Map<string, QuotaDto>(request.quotas.map((q) => [`${q.period}|${q.metric}`, q]));
        for (const t of fromTargets.filter((t) => t.employeeId === employeeId))
          quotas.set(`${t.periodKey}|${metric}`, { period: t.periodKey, metric, value: t.value });
        return { employeeId, quotas: [...quotas.values()] };
      });
      const created = await this.assignments.insert(
        tx,
        request.planId,
        request.startsOn,
        request.endsOn,
        rows,
      );
      await this.audit.recordMany(
        tx,
        created.map((id, i) => ({
          action: 'plan_assignment.created',
          entityType: 'plan_assignment',
          entityId: id,
          after: { planId: request.planId, startsOn: request.startsOn, endsOn: request.endsOn, ...rows[i] },
        })),
      );
      return created;
    });
    return this.assignments.list({ ids });
  }

  /** The person acknowledges their own plan by typing their name; a second time changes nothing. */
  async acknowledge(principal: Principal, id: string, typedName: string): Promise<AssignmentDto> {
    const [assignment] = await this.assignments.list({ ids: [id] });
    if (!assignment || assignment.employeeId !== principal.employeeId)
      throw new NotFoundError('Assignment', id);
    if (assignment.acknowledgedAt) return assignment;
    const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
    if (normalise(typedName) !== normalise(assignment.fullName))
      throw InvalidInputError.field(
        'name',
        'Type your full name as it appears on your profile',
        'name_mismatch',
      );
    await this.transactions.run(async (tx) => {
      await this.assignments.acknowledge(tx, id, typedName);
      await this.audit.record(tx, {
        action: 'plan_assignment.acknowledged',
        entityType: 'plan_assignment',
        entityId: id,
        after: { name: typedName },
      });
    });
    const [updated] = await this.assignments.list({ ids: [id] });
    if (!updated) throw new NotFoundError('Assignment', id);
    return updated;
  }
}

/** The metric codes a plan document's components pay on or are gated by. */
function metricsOf(document: Record<string, unknown> | null): string[] {
  const components = Array.isArray(document?.['components'])
    ? (document['components'] as Record<string, unknown>[])
    : [];
  return components.flatMap((c) => {
    const gate = c['gate'] as Record<string, unknown> | undefined;
    return [c['metric'], gate?.['metric']].filter((m): m is string => typeof m === 'string');
  });
}
