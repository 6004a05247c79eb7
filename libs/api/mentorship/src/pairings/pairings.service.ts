import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  NotificationsService,
  TransactionRunner,
  type NewNotification,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess, PeopleLookup } from '@cadre/api/identity';
import { CurriculaService } from '@cadre/api/learning';
import {
  DEFAULT_CADENCE_DAYS,
  DEFAULT_FIRST_MONTH_CADENCE_DAYS,
  PAIRING_ACTIONS,
  type CadenceRequest,
  type CheckInRequest,
  type CreatePairingRequest,
  type EmployeeMentoringDto,
  type FieldError,
  type FeedbackRequest,
  type GoalRequest,
  type PairingActionRequest,
  type PairingDetailDto,
  type PairingDto,
  type PairingPart,
} from '@cadre/shared/contracts';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import { MatchingFactsRepository } from '../matching/matching-facts.repository';
import { nextMeeting } from './cadence';
import { toCheckIn, toGoal, toPairing } from './pairing.mapper';
import { PairingsRepository, type PairingRow } from './pairings.repository';

/**
 * Pairings from proposal to feedback: who may pair whom (a manager in their subtree, HR
 * anywhere), a mentor's capacity, the check-ins with their private notes, and goals.
 */
@Injectable()
export class PairingsService {
  constructor(
    private readonly pairings: PairingsRepository,
    private readonly facts: MatchingFactsRepository,
    private readonly access: EmployeeAccess,
    private readonly people: PeopleLookup,
    private readonly curricula: CurriculaService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** One pairing: active at once when the mentor is in the mentee's unit, else proposed for them to accept. */
  async create(principal: Principal, request: CreatePairingRequest): Promise<PairingDto> {
    const [id] = await this.createMany(principal, [request], '');
    return this.get(principal, id);
  }

  /**
   * Several pairings, all or none (an accepted cohort proposal). Every mentor is locked
   * first, in one order, so two requests for the same mentors queue instead of deadlocking.
   * `fieldPrefix` names where a refused pair sits in the request (`pairs[3].`).
   */
  async createMany(
    principal: Principal,
    requests: CreatePairingRequest[],
    fieldPrefix = 'pairs',
  ): Promise<string[]> {
    const at = (i: number, field: string) => (fieldPrefix ? `${fieldPrefix}[${i}].${field}` : field);
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    requests.forEach((r, i) => {
      if (r.mentorId === r.menteeId)
        problems.push({
          field: at(i, 'mentorId'),
          reason: 'no one mentors themselves',
          code: 'self_pairing',
        });
      if (seen.has(r.menteeId))
        problems.push({
          field: at(i, 'menteeId'),
          reason: 'is paired twice in this request',
          code: 'listed_twice',
        });
      seen.add(r.menteeId);
    });
    if (problems.length) throw new InvalidInputError(problems);
    await this.assertCanPair(
      principal,
      requests.map((r) => r.menteeId),
    );

    return this.transactions.run(async (tx) => {
      // Everything the checks need in a few set-based reads, whatever the cohort's size.
      const mentorIds = [...new Set(requests.map((r) => r.mentorId))];
      const room = await this.pairings.lockMentors(tx, mentorIds);
      const mentees = await this.facts.mentees(
        requests.map((r) => r.menteeId),
        tx,
      );
      // Mentors are read the same way as mentees: their names and units.
      const mentors = await this.facts.mentees(mentorIds, tx);
      const mentored = await this.pairings.menteesWithOpenPairing(
        requests.map((r) => r.menteeId),
        tx,
      );
      const today = todayIso();
      const rows = requests.map((request, i) => {
        const mentee = mentees.get(request.menteeId);
        if (!mentee) throw new NotFoundError('Employee', request.menteeId);
        if (mentee.managerId === request.mentorId)
          throw InvalidInputError.field(
            at(i, 'mentorId'),
            'is the mentee’s own manager; a mentor is someone else',
            'own_manager',
          );
        const capacity = room.get(request.mentorId);
        if (!capacity)
          throw InvalidInputError.field(at(i, 'mentorId'), 'is not an active mentor', 'not_a_mentor');
        if (capacity.load >= capacity.capacity)
          throw new ConflictError(
            `${mentors.get(request.mentorId)?.fullName ?? 'The mentor'} has no room: ${capacity.load} of ${capacity.capacity} places taken`,
            'over_capacity',
          );
        if (mentored.has(request.menteeId))
          throw new ConflictError(`${mentee.fullName} has a mentor already`, 'has_mentor');
        capacity.load += 1;
        const crossUnit = mentors.get(request.mentorId)?.orgUnitId !== mentee.orgUnitId;
        return {
          id: randomUUID(),
          mentorId: request.mentorId,
          menteeId: request.menteeId,
          status: crossUnit ? ('proposed' as const) : ('active' as const),
          crossUnit,
          startedOn: crossUnit ? null : today,
          nextCheckInOn: crossUnit ? null : addDaysIso(today, DEFAULT_FIRST_MONTH_CADENCE_DAYS),
        };
      });
      await this.pairings
        .insertMany(tx, rows, {
          proposedByUserId: principal.userId,
          firstMonthCadenceDays: DEFAULT_FIRST_MONTH_CADENCE_DAYS,
          cadenceDays: DEFAULT_CADENCE_DAYS,
        })
        .catch((error: { code?: string }) => {
          // A request for one of these mentees committed meanwhile: the one-open-pairing key says so.
          if (error.code === '23505') throw new ConflictError('A mentee has a mentor already', 'has_mentor');
          throw error;
        });
      const ids = rows.map((r) => r.id);
      await this.audit.recordMany(
        tx,
        requests.map((r, i) => ({
          action: 'mentorship.pair',
          entityType: 'mentorship_pairing',
          entityId: ids[i],
          after: { mentorId: r.mentorId, menteeId: r.menteeId },
        })),
      );
      await this.tellAbout(tx, ids, (row) =>
        row.status === 'proposed'
          ? [{ to: row.mentor_id, kind: 'mentorship.proposed' }]
          : [
              { to: row.mentor_id, kind: 'mentorship.assigned' },
              { to: row.mentee_id, kind: 'mentorship.assigned' },
            ],
      );
      return ids;
    });
  }

  async get(principal: Principal, id: string): Promise<PairingDetailDto> {
    const row = await this.find(id);
    const part = await this.partOf(principal, row);
    const [goals, checkIns, feedback, needs, courses] = await Promise.all([
      this.pairings.goals([id]),
      this.pairings.checkIns(id, principal.employeeId),
      this.pairings.feedback(id),
      this.pairings.openNeeds(row.mentee_id),
      this.pairings.coursesForNeeds(row.mentee_id),
    ]);
    return {
      ...toPairing(row, part, todayIso()),
      goals: goals.map(toGoal),
      checkIns: checkIns.map(toCheckIn),
      feedback: feedback.map((f) => ({
        from: f.side,
        rating: f.rating,
        text: f.text,
        givenAt: f.given_at.toISOString(),
      })),
      needs: needs.map((n) => ({
        competencyId: n.competency_id,
        code: n.code,
        name: { en: n.name_en, zh: n.name_zh },
        currentLevel: n.current_level,
        targetLevel: n.target_level,
      })),
      courses: courses.map((c) => ({
        id: c.id,
        code: c.code,
        title: { en: c.title_en, zh: c.title_zh },
        competencyId: c.competency_id,
      })),
    };
  }

  /** Pairings the caller is in, as mentor or as mentee. */
  async mine(principal: Principal): Promise<PairingDto[]> {
    if (!principal.employeeId) return [];
    const today = todayIso();
    return (await this.pairings.list({ participant: principal.employeeId })).map((row) =>
      toPairing(row, row.mentor_id === principal.employeeId ? 'mentor' : 'mentee', today),
    );
  }

  /** Someone's pairings, for their page: whoever may see the person sees them (private notes stay out). */
  async ofEmployee(principal: Principal, employeeId: string): Promise<EmployeeMentoringDto> {
    await this.access.assertCanSee(principal, employeeId);
    const today = todayIso();
    const rows = await this.pairings.list({ participant: employeeId });
    // A manager sees the person's pairings in their subtree; one mentoring someone elsewhere stays out.
    const shaped = (
      await Promise.all(
        rows.map(async (row) => {
          const part = await this.partOf(principal, row).catch((error: unknown) => {
            if (error instanceof ForbiddenError) return null;
            throw error;
          });
          return part ? [toPairing(row, part, today)] : [];
        }),
      )
    ).flat();
    const person = (await this.facts.mentees([employeeId])).get(employeeId);
    return {
      fullName: person?.fullName ?? '',
      asMentee: shaped.filter((p) => p.mentee.employeeId === employeeId),
      asMentor: shaped.filter((p) => p.mentor.employeeId === employeeId),
      isMentor: await this.pairings.isActiveMentor(employeeId),
    };
  }

  async act(principal: Principal, id: string, request: PairingActionRequest): Promise<PairingDetailDto> {
    const rule = PAIRING_ACTIONS[request.action];
    if (rule.reason && (request.reason ?? '').length < 3)
      throw InvalidInputError.field('reason', 'say why, in a few words', 'reason_required');
    const row = await this.find(id);
    const part = await this.partOf(principal, row);
    if (!(rule.by as readonly PairingPart[]).includes(part))
      throw new ForbiddenError(`The ${part} of a pairing may not ${request.action} it`);
    await this.transactions.run(async (tx) => {
      const status = await this.pairings.lock(tx, id);
      if (!status || !(rule.from as readonly string[]).includes(status))
        throw new ConflictError(
          `A ${status ?? 'missing'} pairing cannot be ${request.action}d`,
          'wrong_state',
        );
      const today = todayIso();
      await this.pairings.setStatus(tx, id, {
        status: rule.to,
        reason: rule.reason ? (request.reason ?? null) : null,
        by: part,
        ...(request.action === 'accept'
          ? { startedOn: today, nextCheckInOn: nextMeeting(today, { ...row, started_on: today }) }
          : {}),
        // Paused, no meeting is due; resumed, the next one follows the cadence from today.
        ...(request.action === 'pause' ? { nextCheckInOn: null } : {}),
        ...(request.action === 'resume' ? { nextCheckInOn: nextMeeting(today, row) } : {}),
        ...(rule.to === 'completed' || rule.to === 'cancelled'
          ? { endedOn: today, nextCheckInOn: null }
          : {}),
      });
      await this.audit.record(tx, {
        action: `mentorship.${request.action}`,
        entityType: 'mentorship_pairing',
        entityId: id,
        before: { status },
        after: { status: rule.to, reason: request.reason ?? null, by: part },
      });
      // Tell the other side (and, for a mentor's answer to a proposal, the mentee too).
      await this.tellAbout(tx, [id], (r) =>
        [r.mentor_id, r.mentee_id]
          .filter((employeeId) => employeeId !== principal.employeeId)
          .map((to) => ({ to, kind: `mentorship.${request.action}` })),
      );
    });
    return this.get(principal, id);
  }

  async setCadence(principal: Principal, id: string, request: CadenceRequest): Promise<PairingDetailDto> {
    const row = await this.find(id);
    const part = await this.partOf(principal, row);
    if (part === 'mentee') throw new ForbiddenError('The mentor or a manager sets the cadence');
    await this.transactions.run(async (tx) => {
      const status = await this.pairings.lock(tx, id);
      if (status === 'completed' || status === 'cancelled')
        throw new ConflictError(`A ${status} pairing keeps its cadence`, 'wrong_state');
      // An active pair's next meeting moves to the new cadence, counted from their last one.
      const base = row.last_check_in_on ?? row.started_on;
      const next =
        status === 'active' && base
          ? nextMeeting(base, {
              started_on: row.started_on,
              first_month_cadence_days: request.firstMonthCadenceDays,
              cadence_days: request.cadenceDays,
            })
          : null;
      await this.pairings.setCadence(tx, id, request.firstMonthCadenceDays, request.cadenceDays, next);
      await this.audit.record(tx, {
        action: 'mentorship.cadence',
        entityType: 'mentorship_pairing',
        entityId: id,
        before: { firstMonthCadenceDays: row.first_month_cadence_days, cadenceDays: row.cadence_days },
        after: { ...request },
      });
    });
    return this.get(principal, id);
  }

  async addGoal(principal: Principal, id: string, request: GoalRequest): Promise<PairingDetailDto> {
    const row = await this.find(id);
    await this.partOf(principal, row);
    await this.transactions.run(async (tx) => {
      const status = await this.pairings.lock(tx, id);
      if (status === 'completed' || status === 'cancelled')
        throw new ConflictError(`A ${status} pairing takes no new goals`, 'wrong_state');
      const problems: FieldError[] = [];
      const today = todayIso();
      if (request.targetDate < today)
        problems.push({
          field: 'targetDate',
          reason: 'cannot be in the past',
          code: 'too_small',
          params: { min: today },
        });
      if (
        request.competencyId &&
        !(await this.pairings.existing(tx, 'competencies', [request.competencyId])).size
      )
        problems.push({ field: 'competencyId', reason: 'names no competency', code: 'no_such_record' });
      if (request.courseId && !(await this.pairings.existing(tx, 'courses', [request.courseId])).size)
        problems.push({ field: 'courseId', reason: 'names no course', code: 'no_such_record' });
      if (problems.length) throw new InvalidInputError(problems);
      const goalId = await this.pairings.insertGoal(tx, {
        pairingId: id,
        title: request.title,
        competencyId: request.competencyId ?? null,
        courseId: request.courseId ?? null,
        targetDate: request.targetDate,
      });
      await this.audit.record(tx, {
        action: 'mentorship.goal',
        entityType: 'mentorship_pairing',
        entityId: id,
        after: { goalId, title: request.title, targetDate: request.targetDate },
      });
    });
    return this.get(principal, id);
  }

  /**
   * A check-in by the mentor or the mentee of an active pairing: one per day (the same
   * write sent twice logs one), goal progress moves, and the next date follows the cadence.
   */
  async checkIn(principal: Principal, id: string, request: CheckInRequest): Promise<PairingDetailDto> {
    const row = await this.find(id);
    const part = await this.partOf(principal, row);
    if ((part !== 'mentor' && part !== 'mentee') || !principal.employeeId)
      throw new ForbiddenError('Only the mentor and the mentee log their check-ins');
    const today = todayIso();
    const problems: FieldError[] = [];
    if (request.heldOn > today)
      problems.push({
        field: 'heldOn',
        reason: 'cannot be in the future',
        code: 'too_large',
        params: { max: today },
      });
    if (row.started_on && request.heldOn < row.started_on)
      problems.push({
        field: 'heldOn',
        reason: 'is before the pairing started',
        code: 'too_small',
        params: { min: row.started_on },
      });
    const nextDate = request.nextDate ?? nextMeeting(request.heldOn, row);
    if (nextDate <= request.heldOn)
      problems.push({
        field: 'nextDate',
        reason: 'comes after the check-in',
        code: 'too_small',
        params: { min: addDaysIso(request.heldOn, 1) },
      });
    if (problems.length) throw new InvalidInputError(problems);
    const authorId = principal.employeeId;

    await this.transactions.run(async (tx) => {
      const status = await this.pairings.lock(tx, id);
      if (status !== 'active')
        throw new ConflictError(`A ${status ?? 'missing'} pairing takes no check-ins`, 'wrong_state');
      const goals = await this.pairings.goalIdsOf(tx, id);
      const goalProblems: FieldError[] = [];
      (request.goals ?? []).forEach((g, i) => {
        if (!goals.has(g.goalId))
          goalProblems.push({
            field: `goals[${i}].goalId`,
            reason: 'is not a goal of this pairing',
            code: 'no_such_record',
          });
      });
      if (goalProblems.length) throw new InvalidInputError(goalProblems);
      const logged = await this.pairings.insertCheckIn(tx, {
        pairingId: id,
        heldOn: request.heldOn,
        authorEmployeeId: authorId,
        sharedNotes: request.sharedNotes,
        privateNotes: request.privateNotes ?? '',
        nextDate,
        goals: request.goals ?? [],
      });
      if (!logged)
        throw new ConflictError(`A check-in on ${request.heldOn} is logged already`, 'check_in_taken');
      await this.audit.record(tx, {
        action: 'mentorship.check_in',
        entityType: 'mentorship_pairing',
        entityId: id,
        // The notes stay out of the audit log: private notes are the author's alone.
        after: { checkInId: logged.id, heldOn: request.heldOn, nextDate, goals: request.goals?.length ?? 0 },
      });
      // The first meeting completes "meet your mentor" in the mentee's onboarding path.
      if (logged.first) await this.curricula.recordMentorMeeting(tx, row.mentee_id, request.heldOn);
      await this.tellAbout(tx, [id], (r) => [
        { to: part === 'mentor' ? r.mentee_id : r.mentor_id, kind: 'mentorship.check_in_logged' },
      ]);
    });
    return this.get(principal, id);
  }

  async giveFeedback(principal: Principal, id: string, request: FeedbackRequest): Promise<PairingDetailDto> {
    const row = await this.find(id);
    const part = await this.partOf(principal, row);
    if (part !== 'mentor' && part !== 'mentee')
      throw new ForbiddenError('Only the mentor and the mentee give feedback');
    await this.transactions.run(async (tx) => {
      const status = await this.pairings.lock(tx, id);
      if (status !== 'completed')
        throw new ConflictError('Feedback comes when the pairing is completed', 'wrong_state');
      if (!(await this.pairings.insertFeedback(tx, id, part, request.rating, request.text)))
        throw new ConflictError('You have given your feedback on this pairing', 'feedback_given');
      await this.audit.record(tx, {
        action: 'mentorship.feedback',
        entityType: 'mentorship_pairing',
        entityId: id,
        after: { side: part, rating: request.rating },
      });
    });
    return this.get(principal, id);
  }

  private async find(id: string): Promise<PairingRow> {
    const [row] = await this.pairings.list({ ids: [id] });
    if (!row) throw new NotFoundError('Mentoring pairing', id);
    return row;
  }

  /** What the caller is to the pairing; 403 when nothing. */
  private async partOf(principal: Principal, row: PairingRow): Promise<PairingPart> {
    if (principal.employeeId === row.mentor_id) return 'mentor';
    if (principal.employeeId === row.mentee_id) return 'mentee';
    if (principal.permissions.includes('mentorship:manage')) return 'hr';
    if (principal.permissions.includes('mentorship:assign')) {
      await this.access.assertCanSee(principal, row.mentee_id);
      return 'manager';
    }
    throw new ForbiddenError('This pairing is not yours');
  }

  /** A manager pairs people in their subtree; HR anyone. */
  private async assertCanPair(principal: Principal, menteeIds: string[]): Promise<void> {
    if (principal.permissions.includes('mentorship:manage')) return;
    const visible = await this.access.visibleEmployees(principal);
    if (visible.all) return;
    const ids = new Set(visible.ids);
    const outside = menteeIds.filter((m) => !ids.has(m));
    if (outside.length)
      throw new ForbiddenError('A mentee is outside the part of the organisation you can see');
  }

  private async tellAbout(
    tx: Tx,
    pairingIds: string[],
    whom: (row: PairingRow) => { to: string; kind: string }[],
  ): Promise<void> {
    const rows = await this.pairings.list({ ids: pairingIds }, tx);
    const sentAt = new Date().toISOString();
    const wanted = rows.flatMap((row) => whom(row).map((w) => ({ ...w, row })));
    if (!wanted.length) return;
    const accounts = await this.people.accountsOf(tx, [...new Set(wanted.map((w) => w.to))]);
    const notes: NewNotification[] = wanted.flatMap(({ to, kind, row }) => {
      const userId = accounts.get(to)?.userId;
      if (!userId) return [];
      return [
        {
          userId,
          kind,
          params: { mentor: row.mentor_name, mentee: row.mentee_name },
          link: `/mentoring/pairings/${row.id}`,
          // Each event tells once; the same kind of event later (a second pause) tells again.
          dedupeKey: `${kind}:${row.id}:${sentAt}:${to}`,
        },
      ];
    });
    await this.notifications.notify(tx, notes);
  }
}
