import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
  type PageRequest,
} from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import { RoleProfilesService } from '@cadre/api/talent';
import {
  FINAL_STAGES,
  hasPermission,
  type ApplicationDto,
  type ApplicationStage,
  type ApplicationSummaryDto,
  type ComparisonDto,
  type CreateApplicationRequest,
  type FitDto,
  type MoveApplicationRequest,
  type OwedScorecardDto,
  type SubmitScorecardRequest,
  type FieldError,
} from '@cadre/shared/contracts';
import { RecruitmentAccess } from '../access/recruitment-access';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { CandidatesService } from '../candidates/candidates.service';
import { fitFor } from '../fit/fit.mapper';
import { RequisitionsRepository } from '../requisitions/requisitions.repository';
import { RequisitionsService } from '../requisitions/requisitions.service';
import { ApplicationsRepository } from './applications.repository';

/** A requisition in these statuses takes no new applications. */
const CLOSED = ['filled', 'cancelled'];

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly requisitions: RequisitionsRepository,
    private readonly requisitionsService: RequisitionsService,
    private readonly candidates: CandidatesService,
    private readonly candidateRows: CandidatesRepository,
    private readonly profiles: RoleProfilesService,
    private readonly people: PeopleLookup,
    private readonly access: RecruitmentAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, request: CreateApplicationRequest): Promise<ApplicationDto> {
    const id = await this.transactions.run((tx) => this.applyIn(tx, principal, request));
    return this.get(principal, id);
  }

  /** Applies a candidate to a requisition in the caller's transaction; returns the application's id. */
  async applyIn(tx: Tx, principal: Principal, request: CreateApplicationRequest): Promise<string> {
    const requisition = await this.requisitions.findById(request.requisitionId, tx);
    const problems: FieldError[] = [];
    if (!requisition)
      problems.push({ field: 'requisitionId', reason: 'no requisition has this id', code: 'no_such_record' });
    const candidate = await this.candidateRows.findById(request.candidateId, tx);
    if (!candidate)
      problems.push({ field: 'candidateId', reason: 'no candidate has this id', code: 'no_such_record' });
    if (problems.length || !requisition) throw new InvalidInputError(problems);
    if (CLOSED.includes(requisition.status))
      throw new ConflictError(
        `This requisition is ${requisition.status} and takes no applications`,
        'requisition_closed',
      );
    if (
      await this.applications.findByCandidateAndRequisition(request.candidateId, request.requisitionId, tx)
    ) {
      throw new ConflictError('This candidate already applied to this requisition', 'already_applied');
    }
    const created = await this.applications.insert(tx, {
      ...request,
      roleProfileVersionId: requisition.roleProfileVersionId,
    });
    await this.applications.addEvent(tx, {
      applicationId: created,
      fromStage: null,
      toStage: 'applied',
      reason: '',
      actorUserId: principal.userId,
    });
    const version = await this.profiles.getVersion(tx, requisition.roleProfileVersionId);
    await this.applications.setFit(tx, created, fitFor(version, []));
    await this.audit.record(tx, {
      action: 'application.create',
      entityType: 'application',
      entityId: created,
      after: { ...request, roleProfileVersionId: requisition.roleProfileVersionId },
    });
    return created;
  }

  /** The whole application; reading it reads the candidate's personal data, so it is audited. */
  async get(principal: Principal, id: string): Promise<ApplicationDto> {
    await this.access.applicationRole(principal, id);
    const application = await this.applications.findById(id);
    if (!application) throw new NotFoundError('Application', id);
    const [candidate, requisition, history, interviewers, scorecards] = await Promise.all([
      this.candidates.get(principal, application.candidateId),
      // The caller's part in the application was checked above; an interviewer may not own the requisition.
      this.requisitionsService.view(application.requisitionId),
      this.applications.history(id),
      this.applications.interviewers(id),
      this.applications.scorecards(id),
    ]);
    const mine = scorecards.find((s) => s.interviewerUserId === principal.userId) ?? null;
    // Whoever owes a scorecard forms their own view first, whatever their role: others'
    // scorecards and the combined fit appear once theirs is in. (HR and admins who are not
    // asked to interview, and hiring managers who are not, see everything.)
    const owesScorecard = !mine && interviewers.some((i) => i.userId === principal.userId);
    const visible = owesScorecard ? [] : scorecards;
    return {
      id,
      stage: application.stage,
      candidate,
      requisition,
      roleProfileVersionId: application.roleProfileVersionId,
      history,
      interviewers,
      scorecards: visible,
      myScorecard: mine,
      fit: owesScorecard ? redacted(application.fit ?? emptyFit()) : (application.fit ?? emptyFit()),
      hiredEmployeeId: application.hiredEmployeeId,
      createdAt: application.createdAt.toISOString(),
    };
  }

  async ranking(
    principal: Principal,
    requisitionId: string,
    stage: ApplicationStage | undefined,
    { limit, offset }: PageRequest,
  ): Promise<{ items: ApplicationSummaryDto[]; total: number; limit: number; offset: number }> {
    await this.requisitionsService.get(principal, requisitionId);
    const page = await this.applications.ranking(requisitionId, stage, limit, offset);
    // As on the application page: whoever owes a scorecard sees no combined fit until theirs is in.
    const owed = await this.applications.owedAmong(
      principal.userId,
      page.items.map((a) => a.id),
    );
    const items = page.items.map((a) =>
      owed.has(a.id) ? { ...a, fitScore: null, knockedOut: false, disagreement: false, fitHidden: true } : a,
    );
    return { ...page, items, limit, offset };
  }

  async move(principal: Principal, id: string, request: MoveApplicationRequest): Promise<ApplicationDto> {
    if (request.stage === 'hired')
      throw InvalidInputError.field(
        'stage',
        'hire through POST /api/applications/{id}/hire, which creates the employee',
      );
    if ((request.stage === 'rejected' || request.stage === 'withdrawn') && !request.reason) {
      throw InvalidInputError.field(
        'reason',
        `say why the application is ${request.stage}`,
        'reason_required',
      );
    }
    await this.transactions.run(async (tx) => {
      const application = await this.applications.findForUpdate(tx, id);
      if (!application) throw new NotFoundError('Application', id);
      if (FINAL_STAGES.includes(application.stage))
        throw new ConflictError(`The application is already ${application.stage}`, 'application_closed');
      if (application.stage === request.stage) return;
      await this.applications.setStage(tx, id, request.stage);
      await this.applications.addEvent(tx, {
        applicationId: id,
        fromStage: application.stage,
        toStage: request.stage,
        reason: request.reason,
        actorUserId: principal.userId,
      });
      await this.audit.record(tx, {
        action: 'application.move',
        entityType: 'application',
        entityId: id,
        before: { stage: application.stage },
        after: { stage: request.stage, reason: request.reason },
      });
    });
    return this.get(principal, id);
  }

  async addInterviewer(principal: Principal, id: string, userId: string): Promise<ApplicationDto> {
    await this.transactions.run(async (tx) => {
      const application = await this.applications.findById(id, tx);
      if (!application) throw new NotFoundError('Application', id);
      if (FINAL_STAGES.includes(application.stage))
        throw new ConflictError(`The application is already ${application.stage}`, 'application_closed');
      const user = await this.people.user(tx, userId);
      if (!user || !user.isActive)
        throw InvalidInputError.field('userId', 'no active user has this id', 'no_such_record');
      if (!hasPermission(user.roles, 'recruitment:participate')) {
        throw InvalidInputError.field('userId', 'only managers, HR and admins can interview');
      }
      await this.applications.addInterviewer(tx, id, userId, principal.userId);
      await this.audit.record(tx, {
        action: 'application.add_interviewer',
        entityType: 'application',
        entityId: id,
        after: { userId },
      });
    });
    return this.get(principal, id);
  }

  async removeInterviewer(principal: Principal, id: string, userId: string): Promise<ApplicationDto> {
    await this.transactions.run(async (tx) => {
      if (!(await this.applications.findById(id, tx))) throw new NotFoundError('Application', id);
      if ((await this.applications.removeInterviewer(tx, id, userId)) === 0)
        throw new NotFoundError('Interviewer on this application', userId);
      await this.audit.record(tx, {
        action: 'application.remove_interviewer',
        entityType: 'application',
        entityId: id,
        before: { userId },
      });
    });
    return this.get(principal, id);
  }

  /**
   * An interviewer's ratings of every competency of the application's profile version,
   * with evidence; the fit is recomputed in the same transaction.
   */
  async submitScorecard(
    principal: Principal,
    id: string,
    request: SubmitScorecardRequest,
  ): Promise<ApplicationDto> {
    await this.access.applicationRole(principal, id);
    await this.transactions.run(async (tx) => {
      const application = await this.applications.findForUpdate(tx, id);
      if (!application) throw new NotFoundError('Application', id);
      if (!(await this.applications.isInterviewer(id, principal.userId, tx))) {
        throw new ForbiddenError(
          'Only the interviewers asked to score this application can submit a scorecard',
        );
      }
      if (FINAL_STAGES.includes(application.stage))
        throw new ConflictError(`The application is already ${application.stage}`, 'application_closed');
      const version = await this.profiles.getVersion(tx, application.roleProfileVersionId);
      const required = new Set(version.competencies.map((c) => c.competencyId));
      const given = new Set<string>();
      const problems: FieldError[] = [];
      request.ratings.forEach((r, i) => {
        if (!required.has(r.competencyId))
          problems.push({
            field: `ratings[${i}].competencyId`,
            reason: 'is not a competency of this role profile version',
          });
        else if (given.has(r.competencyId))
          problems.push({ field: `ratings[${i}].competencyId`, reason: 'rated twice', code: 'listed_twice' });
        given.add(r.competencyId);
      });
      const missing = version.competencies.filter((c) => !given.has(c.competencyId));
      if (missing.length)
        problems.push({
          field: 'ratings',
          reason: `rate every competency; missing: ${missing.map((c) => c.competencyCode).join(', ')}`,
        });
      if (problems.length) throw new InvalidInputError(problems);

      const previous = (await this.applications.scorecards(id, tx)).find(
        (s) => s.interviewerUserId === principal.userId,
      );
      const saved = await this.applications.saveScorecard(
        tx,
        id,
        principal.userId,
        request.recommendation,
        request.summary,
        request.ratings,
      );
      const fit = fitFor(version, await this.applications.scorecards(id, tx));
      await this.applications.setFit(tx, id, fit);
      await this.audit.record(tx, {
        action: saved.amended ? 'application.scorecard_amend' : 'application.scorecard',
        entityType: 'application',
        entityId: id,
        // An amendment keeps what it replaced here, so no earlier version is lost.
        before: previous
          ? { recommendation: previous.recommendation, summary: previous.summary, ratings: previous.ratings }
          : null,
        after: {
          interviewerUserId: principal.userId,
          recommendation: request.recommendation,
          ratings: request.ratings.map((r) => ({ competencyId: r.competencyId, rating: r.rating })),
          fitScore: fit.score,
          knockedOut: fit.knockedOut,
          ...(saved.amended
            ? {
                revision: saved.amended.revision,
                amendedAfterReadingOthers: saved.amended.afterReadingOthers,
              }
            : {}),
        },
      });
    });
    return this.get(principal, id);
  }

  async compare(
    principal: Principal,
    requisitionId: string,
    applicationIds: string[],
  ): Promise<ComparisonDto> {
    const requisition = await this.requisitionsService.get(principal, requisitionId);
    const unique = [...new Set(applicationIds)];
    if (unique.length < 2)
      throw InvalidInputError.field('applications', 'compare at least two different applications');
    const found = await this.applications.byIdsInRequisition(requisitionId, unique);
    const missing = unique.filter((id) => !found.some((a) => a.id === id));
    if (missing.length)
      throw InvalidInputError.field(
        'applications',
        `not applications of this requisition: ${missing.join(', ')}`,
      );
    const version = await this.profiles.getVersion(null, requisition.roleProfileVersionId);
    const owed = await this.applications.owedAmong(principal.userId, unique);
    return {
      competencies: version.competencies.map((c) => ({
        competencyId: c.competencyId,
        code: c.competencyCode,
        name: c.competencyName,
        targetLevel: c.targetLevel,
        mustHave: c.mustHave,
        weight: c.weight,
      })),
      candidates: unique.map((id) => {
        const a = found.find((x) => x.id === id) as (typeof found)[number];
        // Nothing combined from others for an application the caller still owes a scorecard on.
        if (owed.has(a.id))
          return {
            applicationId: a.id,
            candidateName: a.candidateName,
            fitScore: null,
            knockedOut: false,
            ratings: version.competencies.map(() => null),
          };
        const byCompetency = new Map((a.fit?.competencies ?? []).map((c) => [c.competencyId, c.rating]));
        return {
          applicationId: a.id,
          candidateName: a.candidateName,
          fitScore: a.fitScore,
          knockedOut: a.knockedOut,
          ratings: version.competencies.map((c) => byCompetency.get(c.competencyId) ?? null),
        };
      }),
    };
  }

  owed(principal: Principal): Promise<OwedScorecardDto[]> {
    return this.applications.owedBy(principal.userId);
  }
}

/** What an interviewer who has not scored yet may see: the competencies and targets, no ratings. */
function redacted(fit: FitDto): FitDto {
  return {
    ...emptyFit(),
    competencies: fit.competencies.map((c) => ({
      ...c,
      rating: null,
      gap: String(c.targetLevel),
      contribution: '0.00',
      disagreement: false,
    })),
  };
}

function emptyFit(): FitDto {
  return {
    score: null,
    knockedOut: false,
    knockedOutBy: [],
    meets: [],
    gaps: [],
    competencies: [],
    scorecards: 0,
    disagreement: false,
  };
}
