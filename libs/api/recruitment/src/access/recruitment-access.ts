import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError, type Principal } from '@cadre/api/core';
import { ApplicationsRepository } from '../applications/applications.repository';
import { CandidatesRepository } from '../candidates/candidates.repository';
import type { RequisitionScope } from '../requisitions/requisitions.repository';

export type ApplicationRole = 'recruiter' | 'hiring-manager' | 'interviewer';

/**
 * Who sees what in recruitment. HR and admins (recruitment:manage) see everything; a
 * hiring manager sees the requisitions they own, their applications and candidates; an
 * interviewer sees only the applications they are asked to score. Reps see nothing.
 */
@Injectable()
export class RecruitmentAccess {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly candidates: CandidatesRepository,
  ) {}

  isRecruiter(principal: Principal): boolean {
    return principal.permissions.includes('recruitment:manage');
  }

  requisitionScope(principal: Principal): RequisitionScope {
    return this.isRecruiter(principal)
      ? { kind: 'all' }
      : { kind: 'hiring-manager', employeeId: principal.employeeId };
  }

  assertCanSeeRequisition(principal: Principal, requisition: { hiringManagerId: string }): void {
    if (this.isRecruiter(principal) || requisition.hiringManagerId === principal.employeeId) return;
    throw new ForbiddenError('Only HR and the hiring manager see this requisition');
  }

  /** 404 when the application does not exist, 403 when the caller has no part in it. */
  async applicationRole(principal: Principal, applicationId: string): Promise<ApplicationRole> {
    const found = await this.applications.visibility(applicationId, principal.userId);
    if (!found) throw new NotFoundError('Application', applicationId);
    if (this.isRecruiter(principal)) return 'recruiter';
    if (found.hiringManagerId === principal.employeeId) return 'hiring-manager';
    if (found.isInterviewer) return 'interviewer';
    throw new ForbiddenError('You are not asked to take part in this application');
  }

  async assertCanSeeCandidate(principal: Principal, candidateId: string): Promise<void> {
    if (this.isRecruiter(principal)) return;
    if (await this.candidates.involves(candidateId, principal.userId, principal.employeeId)) return;
    throw new ForbiddenError('You take part in no application of this candidate');
  }
}
