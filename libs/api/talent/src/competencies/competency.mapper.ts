import type { CompetencyDto, CreateCompetencyRequest } from '@cadre/shared/contracts';
import type { CompetencyEntity, StoredLevel } from './competency.entity';

export function toCompetencyDto(c: CompetencyEntity): CompetencyDto {
  return {
    id: c.id,
    code: c.code,
    category: c.category,
    name: { en: c.nameEn, zh: c.nameZh },
    description: { en: c.descriptionEn, zh: c.descriptionZh },
    levels: [...c.levels]
      .sort((a, b) => a.level - b.level)
      .map((l) => ({ level: l.level, description: { en: l.en, zh: l.zh } })),
    archived: c.archived,
  };
}

export function toStoredLevels(levels: CreateCompetencyRequest['levels']): StoredLevel[] {
  return levels
    .map((l) => ({ level: l.level, en: l.description.en, zh: l.description.zh }))
    .sort((a, b) => a.level - b.level);
}
