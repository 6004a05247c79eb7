import type { RoleProfileVersionDto } from '@cadre/shared/contracts';
import type { VersionRow } from './role-profiles.repository';

export function toVersionDto(v: VersionRow): RoleProfileVersionDto {
  return {
    id: v.id,
    profileId: v.profileId,
    version: v.version,
    name: { en: v.nameEn, zh: v.nameZh },
    summary: { en: v.summaryEn, zh: v.summaryZh },
    minYearsExperience: v.minYearsExperience,
    education: v.education,
    createdAt: new Date(v.createdAt).toISOString(),
    createdBy: v.createdBy,
    competencies: v.competencies.map((c) => ({
      competencyId: c.competencyId,
      competencyCode: c.code,
      competencyName: { en: c.nameEn, zh: c.nameZh },
      category: c.category,
      targetLevel: c.targetLevel,
      weight: c.weight,
      mustHave: c.mustHave,
    })),
  };
}
