import { Module } from '@nestjs/common';
import { TalentAuditSubjects } from './audit/talent-audit-subjects';
import { IdentityModule } from '@cadre/api/identity';
import { CompetenciesRepository } from './competencies/competencies.repository';
import { CompetenciesService } from './competencies/competencies.service';
import { DevelopmentNeedsRepository } from './development-needs/development-needs.repository';
import { DevelopmentNeedsService } from './development-needs/development-needs.service';
import { CompetencyEvidenceRepository } from './evidence/competency-evidence.repository';
import { CompetencyEvidenceService } from './evidence/competency-evidence.service';
import { RoleProfilesRepository } from './role-profiles/role-profiles.repository';
import { RoleProfilesService } from './role-profiles/role-profiles.service';
import { TalentController } from './talent.controller';

/** Competency models, versioned role profiles and employees' development needs. */
@Module({
  imports: [IdentityModule],
  controllers: [TalentController],
  providers: [
    TalentAuditSubjects,
    CompetenciesRepository,
    CompetenciesService,
    RoleProfilesRepository,
    RoleProfilesService,
    DevelopmentNeedsRepository,
    DevelopmentNeedsService,
    CompetencyEvidenceRepository,
    CompetencyEvidenceService,
  ],
  exports: [RoleProfilesService, CompetenciesService, DevelopmentNeedsService, CompetencyEvidenceService],
})
export class TalentModule {}
