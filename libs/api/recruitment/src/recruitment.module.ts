import { Module } from '@nestjs/common';
import { RecruitmentAuditSubjects } from './audit/recruitment-audit-subjects';
import { IdentityModule } from '@cadre/api/identity';
import { LearningModule } from '@cadre/api/learning';
import { TalentModule } from '@cadre/api/talent';
import { RecruitmentAccess } from './access/recruitment-access';
import { ApplicationsRepository } from './applications/applications.repository';
import { ApplicationsService } from './applications/applications.service';
import { CandidatesRepository } from './candidates/candidates.repository';
import { CandidateIntakeService } from './candidates/candidate-intake.service';
import { CandidatesService } from './candidates/candidates.service';
import { HiringService } from './hiring/hiring.service';
import { RecruitmentController } from './recruitment.controller';
import { RequisitionsRepository } from './requisitions/requisitions.repository';
import { RequisitionsService } from './requisitions/requisitions.service';

/** Requisitions, candidates, the pipeline, scorecards, fit and hiring. */
@Module({
  imports: [IdentityModule, TalentModule, LearningModule],
  controllers: [RecruitmentController],
  providers: [
    RecruitmentAuditSubjects,
    RecruitmentAccess,
    RequisitionsRepository,
    RequisitionsService,
    CandidatesRepository,
    CandidatesService,
    CandidateIntakeService,
    ApplicationsRepository,
    ApplicationsService,
    HiringService,
  ],
})
export class RecruitmentModule {}
