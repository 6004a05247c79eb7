import { CompetencyEntity } from './competencies/competency.entity';
import { DevelopmentNeedEntity } from './development-needs/development-need.entity';
import { CompetencyEvidenceEntity } from './evidence/competency-evidence.entity';
import { RoleProfileCompetencyEntity } from './role-profiles/role-profile-competency.entity';
import { RoleProfileVersionEntity } from './role-profiles/role-profile-version.entity';
import { RoleProfileEntity } from './role-profiles/role-profile.entity';

export const TALENT_ENTITIES = [
  CompetencyEntity,
  RoleProfileEntity,
  RoleProfileVersionEntity,
  RoleProfileCompetencyEntity,
  DevelopmentNeedEntity,
  CompetencyEvidenceEntity,
];
