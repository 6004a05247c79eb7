import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { CompetencyEvidenceService } from '@cadre/api/talent';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import type {
  AssessmentCycleDto,
  AssessmentDto,
  AssessmentRatingRequest,
  CalibrationRowDto,
  CreateAssessmentCycleRequest,
  FieldError,
} from '@cadre/shared/contracts';
import { PositionsRepository } from '../positions/positions.repository';
import { ReadinessReader } from '../readiness/readiness-reader.service';
import type { CareerCatalogue } from '../tracks/career-catalogue';
import { toAssessmentDto, type AssessmentViewer } from './assessment.mapper';
import { AssessmentsRepository, type AssessmentRow } from './assessments.repository';

/**
 * Periodic competency assessments: the employee rates themselves, their manager rates them,
 * each with evidence; the manager records the agreed levels, which become evidence.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly reader: ReadinessReader,
    private readonly positions: PositionsRepository,
    private readonly access: EmployeeAccess,
    private readonly evidence: CompetencyEvidenceService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The person's assessment in the newest cycle, as the caller may read it; null without one. */
  async latestFor(
    principal: Principal,
    employeeId: string,
    catalogue: CareerCatalogue,
  ): Promise<AssessmentDto | null> {
    const [row] = await this.assessments.latestOf([employeeId]);
    return row ? this.toDto(principal, row, catalogue) : null;
  }

  async get(principal: Principal, id: string): Promise<AssessmentDto> {
    const row = await this.assessments.byId(id);
    if (!row) throw new NotFoundError('Assessment', id);
    await this.access.assertCanSee(principal, row.employeeId);
    return this.toDto(principal, row, await this.reader.catalogue());
  }

  /** The employee rates themselves; again until the levels are agreed. */
  async rateSelf(
    principal: Principal,
    id: string,
    ratings: AssessmentRatingRequest[],
  ): Promise<AssessmentDto> {
    const seen = await this.assessments.byId(id);
    if (!seen || seen.employeeId !== principal.employeeId) throw new NotFoundError('Assessment', id);
    return this.rate(principal, id, 'self', ratings);
  }

  /** The manager (anyone whose subtree holds the person, never the person) rates them. */
  async rateAsManager(
    principal: Principal,
    id: string,
    ratings: AssessmentRatingRequest[],
  ): Promise<AssessmentDto> {
    await this.assertManages(principal, id);
    return this.rate(principal, id, 'manager', ratings);
  }

  /** Once both have rated, the manager records the agreed levels: competency evidence from then on. */
  async agree(
    principal: Principal,
    id: string,
    levels: { competencyId: string; level: number }[],
  ): Promise<AssessmentDto> {
    await this.assertManages(principal, id);
    const catalogue = await this.reader.catalogue();
    await this.transactions.run(async (tx) => {
      const row = await this.assessments.lock(tx, id);
      if (!row) throw new NotFoundError('Assessment', id);
      if (row.agreedAt)
        throw new ConflictError('The levels of this assessment were agreed already', 'wrong_state');
      if (!row.selfSubmittedAt || !row.managerSubmittedAt)
        throw new ConflictError(
          'Both the employee and the manager rate before the levels are agreed',
          'wrong_state',
        );
      checkCoverage(catalogue, row.levelId, levels);
      await this.assessments.agree(tx, id, levels);
      const closed = await this.evidence.record(
        tx,
        row.employeeId,
        { kind: 'assessment', id, label: row.cycleName },
        levels,
      );
      await this.audit.record(tx, {
        action: 'assessment.agree',
        entityType: 'competency_assessment',
        entityId: id,
        after: { levels, needsClosed: closed.length },
      });
    });
    return this.get(principal, id);
  }

  /** HR opens a cycle for everyone with a career level; each gets one assessment. */
  async openCycle(principal: Principal, request: CreateAssessmentCycleRequest): Promise<AssessmentCycleDto> {
    const today = todayIso();
    if (request.dueOn < today)
      throw InvalidInputError.field('dueOn', 'cannot be in the past', 'too_small', { min: today });
    if (request.dueOn > addDaysIso(today, 366))
      throw InvalidInputError.field('dueOn', 'must be within a year', 'too_large', {
        max: addDaysIso(today, 366),
      });
    const id = await this.transactions.run(async (tx) => {
      // One cycle at a time: a second would hide the first's ratings still being made.
      const open = await this.assessments.lockOpenCycle(tx, today);
      if (open)
        throw new ConflictError(
          `"${open.name}" runs until ${open.dueOn}: open the next cycle after it`,
          'cycle_open',
        );
      const cycleId = await this.assessments.createCycle(tx, {
        name: request.name,
        opensOn: today,
        dueOn: request.dueOn,
        userId: principal.userId,
      });
      const opened = await this.assessments.openFor(tx, cycleId, await this.positions.everyoneCurrent(tx));
      await this.audit.record(tx, {
        action: 'assessment_cycle.open',
        entityType: 'assessment_cycle',
        entityId: cycleId,
        after: { name: request.name, dueOn: request.dueOn, assessments: opened },
      });
      return cycleId;
    });
    const found = (await this.assessments.cycles()).find((c) => c.id === id);
    if (!found) throw new NotFoundError('Assessment cycle', id);
    return found;
  }

  cycles(): Promise<AssessmentCycleDto[]> {
    return this.assessments.cycles();
  }

  async calibration(cycleId: string): Promise<CalibrationRowDto[]> {
    if (!(await this.assessments.cycles()).some((c) => c.id === cycleId))
      throw new NotFoundError('Assessment cycle', cycleId);
    return this.assessments.calibration(cycleId);
  }

  /** The status of each person's newest assessment, for the team view. */
  async latestStatuses(employeeIds: string[]) {
    return this.assessments.latestOf(employeeIds);
  }

  private async rate(
    principal: Principal,
    id: string,
    side: 'self' | 'manager',
    ratings: AssessmentRatingRequest[],
  ): Promise<AssessmentDto> {
    const catalogue = await this.reader.catalogue();
    await this.transactions.run(async (tx) => {
      const row = await this.assessments.lock(tx, id);
      if (!row) throw new NotFoundError('Assessment', id);
      if (row.agreedAt)
        throw new ConflictError('The levels of this assessment were agreed already', 'wrong_state');
      checkCoverage(catalogue, row.levelId, ratings);
      await this.assessments.rate(tx, id, side, ratings, principal.userId);
      await this.audit.record(tx, {
        action: `assessment.rate_${side}`,
        entityType: 'competency_assessment',
        entityId: id,
        after: { ratings: ratings.map((r) => ({ competencyId: r.competencyId, level: r.level })) },
      });
    });
    return this.get(principal, id);
  }

  private async assertManages(principal: Principal, id: string): Promise<AssessmentRow> {
    const row = await this.assessments.byId(id);
    if (!row) throw new NotFoundError('Assessment', id);
    if (row.employeeId === principal.employeeId)
      throw new ForbiddenError('Your own assessment is rated by your manager, not by you as a manager');
    // 403 outside the caller's subtree (HR and admin reach everyone).
    await this.access.assertCanSee(principal, row.employeeId);
    return row;
  }

  private async toDto(
    principal: Principal,
    row: AssessmentRow,
    catalogue: CareerCatalogue,
  ): Promise<AssessmentDto> {
    const viewer: AssessmentViewer =
      row.employeeId === principal.employeeId
        ? 'employee'
        : principal.permissions.includes('careers:manage')
          ? 'hr'
          : 'manager';
    const ratings = await this.assessments.ratings([row.id]);
    return toAssessmentDto(row, catalogue.competenciesOf(row.levelId), ratings, viewer);
  }
}

/** Every competency of the level rated once, and nothing else. */
function checkCoverage(
  catalogue: CareerCatalogue,
  levelId: string,
  ratings: { competencyId: string }[],
): void {
  const wanted = new Set(catalogue.competenciesOf(levelId).map((c) => c.competencyId));
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  ratings.forEach((r, i) => {
    if (!wanted.has(r.competencyId))
      problems.push({
        field: `ratings[${i}].competencyId`,
        reason: 'is not a competency of this level',
        code: 'not_in_level',
      });
    else if (seen.has(r.competencyId))
      problems.push({ field: `ratings[${i}].competencyId`, reason: 'is rated twice', code: 'listed_twice' });
    seen.add(r.competencyId);
  });
  if (!problems.length && seen.size < wanted.size)
    problems.push({ field: 'ratings', reason: 'rate every competency of the level', code: 'not_rated' });
  if (problems.length) throw new InvalidInputError(problems);
}
