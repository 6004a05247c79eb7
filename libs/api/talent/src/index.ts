export * from './entities';
export { CompetencyEntity } from './competencies/competency.entity';
export { RoleProfileEntity } from './role-profiles/role-profile.entity';
export { RoleProfileVersionEntity } from './role-profiles/role-profile-version.entity';
export { RoleProfileCompetencyEntity } from './role-profiles/role-profile-competency.entity';
export { DevelopmentNeedEntity } from './development-needs/development-need.entity';
