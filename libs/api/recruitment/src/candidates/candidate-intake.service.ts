import { Injectable } from '@nestjs/common';
import { TransactionRunner, type Principal } from '@cadre/api/core';
import type { ApplicationDto, CreateCandidateRequest } from '@cadre/shared/contracts';
import { ApplicationsService } from '../applications/applications.service';
import { CandidatesService } from './candidates.service';
import { checkCv } from './cv-file';

/**
 * A new person added to a requisition in one step: their details, their CV and their
 * application, all or nothing. The CV is checked before anything is written, so a
 * refused file leaves no candidate behind to trip the next attempt's duplicate check.
 */
@Injectable()
export class CandidateIntakeService {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly applications: ApplicationsService,
    private readonly transactions: TransactionRunner,
  ) {}

  async addToRequisition(
    principal: Principal,
    requisitionId: string,
    details: CreateCandidateRequest,
    file: { originalname: string; size: number; buffer: Buffer } | undefined,
  ): Promise<ApplicationDto> {
    const cv = file ? checkCv(file) : null;
    const applicationId = await this.transactions.run(async (tx) => {
      const candidateId = await this.candidates.createIn(tx, principal, details);
      if (cv) await this.candidates.storeCvIn(tx, principal, candidateId, cv);
      return this.applications.applyIn(tx, principal, { requisitionId, candidateId });
    });
    return this.applications.get(principal, applicationId);
  }
}
