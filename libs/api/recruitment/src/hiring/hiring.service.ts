import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import { NewHiresService } from '@cadre/api/identity';
import { CurriculaService } from '@cadre/api/learning';
import Decimal from 'decimal.js';
import { CompetencyEvidenceService, DevelopmentNeedsService } from '@cadre/api/talent';
import { FINAL_STAGES, HIRING_STAGE, type HireRequest, type HireResultDto } from '@cadre/shared/contracts';
import { ApplicationsRepository } from '../applications/applications.repository';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { RequisitionsRepository } from '../requisitions/requisitions.repository';
import { RequisitionsService } from '../requisitions/requisitions.service';

/**
 * Hiring closes the loop: the candidate becomes an employee in the requisition's unit
 * under its hiring manager, with a user account, and their competency gaps become
 * development needs for onboarding and mentoring. The requisition row is locked, so two
 * people hiring for the last seat at once get one success and one 409.
 */
@Injectable()
export class HiringService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly requisitions: RequisitionsRepository,
    private readonly requisitionsService: RequisitionsService,
    private readonly newHires: NewHiresService,
    private readonly needs: DevelopmentNeedsService,
    private readonly evidence: CompetencyEvidenceService,
    private readonly curricula: CurriculaService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async hire(principal: Principal, applicationId: string, request: HireRequest): Promise<HireResultDto> {
    const password = await this.newHires.preparePassword(
      'initialPassword',
      request.initialPassword,
      request.email,
    );
    const result = await this.transactions.run(async (tx) => {
      const application = await this.applications.findForUpdate(tx, applicationId);
      if (!application) throw new NotFoundError('Application', applicationId);
      const requisition = await this.requisitions.findForUpdate(tx, application.requisitionId);
      if (!requisition) throw new NotFoundError('Requisition', application.requisitionId);
      if (FINAL_STAGES.includes(application.stage))
        throw new ConflictError(`The application is already ${application.stage}`, 'application_closed');
      // Full first: the loser of a race for the last seat finds it filled, and should hear so.
      if (requisition.filled >= requisition.headcount || requisition.status === 'filled') {
        throw new ConflictError('Every seat of this requisition is filled', 'requisition_full');
      }
      if (requisition.status !== 'open') {
        throw new ConflictError(
          `The requisition is ${requisition.status.replace('_', ' ')}; open it to hire`,
          'requisition_not_open',
        );
      }
      const overrideReason = request.overrideReason?.trim() || null;
      if (application.stage !== HIRING_STAGE && !overrideReason) {
        throw new ConflictError(
          `Hire from the ${HIRING_STAGE} stage: this application is at ${application.stage}. To hire before an offer, say why (overrideReason); the reason is recorded.`,
          'not_at_offer',
        );
      }
      const candidate = await this.candidates.findById(application.candidateId, tx);
      // Identity places the new employee and opens their account, with its own checks and audit.
      const { employeeId, userId } = await this.newHires.createEmployeeAndAccount(
        tx,
        {
          fullName: candidate?.fullName ?? request.email,
          email: request.email,
          jobTitle: request.jobTitle,
          hireDate: request.hireDate,
          orgUnitId: requisition.orgUnitId,
          managerId: requisition.hiringManagerId,
          roleProfileId: requisition.roleProfileId,
          origin: { source: 'hire', applicationId },
        },
        password,
      );

      const filled = requisition.filled + 1;
      const full = filled >= requisition.headcount;
      await this.requisitions.update(tx, requisition.id, {
        filled,
        ...(full ? { status: 'filled', closedAt: new Date() } : {}),
      });
      await this.applications.setStage(tx, applicationId, 'hired', employeeId);
      await this.applications.addEvent(tx, {
        applicationId,
        fromStage: application.stage,
        toStage: 'hired',
        reason:
          `hired as ${request.jobTitle} from ${request.hireDate}` +
          (application.stage !== HIRING_STAGE && overrideReason
            ? `; before the ${HIRING_STAGE} stage because: ${overrideReason}`
            : ''),
        actorUserId: principal.userId,
      });

      const gaps = (application.fit?.competencies ?? []).filter((c) => c.rating !== null && c.gap !== '0');
      const developmentNeeds = gaps.map((c) => ({
        competencyId: c.competencyId,
        currentLevel: c.rating as string,
        targetLevel: c.targetLevel,
        gap: c.gap,
      }));
      await this.needs.record(tx, employeeId, 'hire', applicationId, developmentNeeds);
      // What the interviewers saw is the new employee's first competency evidence, in whole
      // levels rounded down: career readiness starts from it (below target, it closes no need).
      await this.evidence.record(
        tx,
        employeeId,
        { kind: 'hire', id: applicationId, label: 'Hiring scorecards' },
        (application.fit?.competencies ?? []).flatMap((c) =>
          c.rating === null
            ? []
            : [{ competencyId: c.competencyId, level: new Decimal(c.rating).floor().toNumber() }],
        ),
      );
      // Learning enrols the new hire in their role profile's curriculum, due from the start date.
      const onboarding = await this.curricula.enrolNewHire(tx, {
        employeeId,
        roleProfileId: requisition.roleProfileId,
        startDate: request.hireDate,
      });

      await this.audit.record(tx, {
        action: 'application.hire',
        entityType: 'application',
        entityId: applicationId,
        before: { stage: application.stage, requisitionFilled: requisition.filled },
        after: {
          stage: 'hired',
          employeeId,
          userId,
          ...(application.stage !== HIRING_STAGE ? { hiredBeforeOffer: true, overrideReason } : {}),
          requisitionFilled: filled,
          requisitionStatus: full ? 'filled' : requisition.status,
        },
      });
      return {
        employeeId,
        userId,
        requisitionId: requisition.id,
        onboarding,
        developmentNeeds: gaps.map((c) => ({
          competencyCode: c.code,
          currentLevel: c.rating as string,
          targetLevel: c.targetLevel,
          gap: c.gap,
        })),
      };
    });
    return {
      applicationId,
      employeeId: result.employeeId,
      userId: result.userId,
      requisition: await this.requisitionsService.view(result.requisitionId),
      developmentNeeds: result.developmentNeeds,
      onboarding: result.onboarding && { enrolledCourses: result.onboarding.enrolled },
    };
  }
}
