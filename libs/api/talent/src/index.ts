export * from './entities';
export { CompetencyEntity } from './competencies/competency.entity';
export { RoleProfileEntity } from './role-profiles/role-profile.entity';
export { RoleProfileVersionEntity } from './role-profiles/role-profile-version.entity';
export { RoleProfileCompetencyEntity } from './role-profiles/role-profile-competency.entity';
export { DevelopmentNeedEntity } from './development-needs/development-need.entity';
export * from './talent.module';
export {
  CompetencyEvidenceService,
  type DemonstratedLevel,
  type EvidenceSource,
} from './evidence/competency-evidence.service';
export { RoleProfilesService } from './role-profiles/role-profiles.service';
export { CompetenciesService } from './competencies/competencies.service';
export {
  DevelopmentNeedsService,
  type NewDevelopmentNeed,
} from './development-needs/development-needs.service';
