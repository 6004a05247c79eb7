/** Competency models and role profiles (胜任力模型, 岗位画像). */
export const COMPETENCY_CATEGORIES = ['knowledge', 'skill', 'behaviour', 'values'] as const;
export type CompetencyCategory = (typeof COMPETENCY_CATEGORIES)[number];

/** Text in both shipped languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

export interface ProficiencyLevel {
  /** 1 (novice) to 5 (expert). */
  level: number;
  description: Bilingual;
}

export interface CompetencyDto {
  id: string;
  code: string;
  category: CompetencyCategory;
  name: Bilingual;
  description: Bilingual;
  /** Exactly five, level 1 to 5. */
  levels: ProficiencyLevel[];
  archived: boolean;
}

export interface CreateCompetencyRequest {
  code: string;
  category: CompetencyCategory;
  name: Bilingual;
  description: Bilingual;
  levels: ProficiencyLevel[];
}

export type UpdateCompetencyRequest = Partial<Omit<CreateCompetencyRequest, 'code'>> & { archived?: boolean };

export const EDUCATION_LEVELS = [
  'none',
  'secondary',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface ProfileCompetencyRequirement {
  competencyId: string;
  /** 1 to 5. */
  targetLevel: number;
  /** A positive decimal; only the ratios between weights matter. */
  weight: string;
  mustHave: boolean;
}

export interface ProfileCompetencyDto extends ProfileCompetencyRequirement {
  competencyCode: string;
  competencyName: Bilingual;
  category: CompetencyCategory;
}

export interface RoleProfileVersionDto {
  id: string;
  profileId: string;
  version: number;
  name: Bilingual;
  summary: Bilingual;
  minYearsExperience: number;
  education: EducationLevel;
  competencies: ProfileCompetencyDto[];
  createdAt: string;
  createdBy: string | null;
}

export interface RoleProfileDto {
  id: string;
  code: string;
  currentVersion: number;
  current: RoleProfileVersionDto;
  versions: { version: number; id: string; createdAt: string }[];
}

/** Creates a profile (version 1), or with POST …/versions a new version of it. */
export interface RoleProfileVersionRequest {
  name: Bilingual;
  summary: Bilingual;
  minYearsExperience: number;
  education: EducationLevel;
  competencies: ProfileCompetencyRequirement[];
}

export interface CreateRoleProfileRequest extends RoleProfileVersionRequest {
  code: string;
}

/** Where a development need came from: `hire` is the hiring scorecards' gaps. */
export const DEVELOPMENT_NEED_SOURCES = ['hire'] as const;

/** A competency an employee should grow, and by how much. */
export interface DevelopmentNeedDto {
  id: string;
  competencyCode: string;
  competencyName: Bilingual;
  /** Decimal strings: the level shown (e.g. the interviewers' mean) and the gap to the target. */
  currentLevel: string;
  targetLevel: number;
  gap: string;
  source: string;
  createdAt: string;
  /** When competency evidence reached the target, and what showed it (e.g. a course code). */
  closedAt: string | null;
  closedBySource: string | null;
}
