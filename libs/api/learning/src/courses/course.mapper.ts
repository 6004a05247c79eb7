import type { CatalogueCourseDto, CourseCompetencyDto, CourseVersionDto } from '@cadre/shared/contracts';
import type { CourseVersionRow, VersionCompetencyRow } from './courses.repository';

export function toCourseCompetencies(rows: VersionCompetencyRow[]): CourseCompetencyDto[] {
  return rows.map((r) => ({
    competencyId: r.competencyId,
    level: r.level,
    competencyCode: r.competencyCode,
    competencyName: { en: r.nameEn, zh: r.nameZh },
  }));
}

/** The author's view of a version: the whole document, answer key included. */
export function toCourseVersionDto(
  row: CourseVersionRow,
  competencies: VersionCompetencyRow[],
): CourseVersionDto {
  return {
    id: row.id,
    courseId: row.courseId,
    version: row.version,
    status: row.status,
    title: { en: row.titleEn, zh: row.titleZh },
    summary: { en: row.summaryEn, zh: row.summaryZh },
    estimatedMinutes: row.estimatedMinutes,
    certifying: row.certifying,
    validityMonths: row.validityMonths,
    competencies: toCourseCompetencies(competencies),
    modules: row.content,
  };
}

export function toCatalogueCourse(
  row: CourseVersionRow,
  competencies: VersionCompetencyRow[],
  enrolmentId: string | null,
): CatalogueCourseDto {
  return {
    courseId: row.courseId,
    versionId: row.id,
    code: row.code,
    category: row.category,
    title: { en: row.titleEn, zh: row.titleZh },
    summary: { en: row.summaryEn, zh: row.summaryZh },
    estimatedMinutes: row.estimatedMinutes,
    certifying: row.certifying,
    competencies: toCourseCompetencies(competencies),
    enrolmentId,
  };
}
