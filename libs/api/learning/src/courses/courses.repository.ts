import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { CourseCategory, CourseModule, CourseVersionStatus } from '@cadre/shared/contracts';
import { CourseEntity } from './course.entity';
import { CourseVersionCompetencyEntity } from './course-version-competency.entity';
import { CourseVersionEntity } from './course-version.entity';

/** A course version as its queries answer it. */
export interface CourseVersionRow {
  id: string;
  courseId: string;
  code: string;
  category: CourseCategory;
  version: number;
  status: CourseVersionStatus;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  estimatedMinutes: number;
  certifying: boolean;
  validityMonths: number | null;
  content: CourseModule[];
  itemCount: number;
  publishedAt: Date | null;
}

/** Read model: talent's competencies joined for their code and names only. */
export interface VersionCompetencyRow {
  courseVersionId: string;
  competencyId: string;
  level: number;
  competencyCode: string;
  nameEn: string;
  nameZh: string;
}

export type NewVersion = Omit<CourseVersionEntity, 'id' | 'createdAt' | 'course' | 'publishedAt'>;

const VERSION_COLUMNS = `v.id, v.course_id as "courseId", c.code, c.category, v.version, v.status,
  v.title_en as "titleEn", v.title_zh as "titleZh", v.summary_en as "summaryEn", v.summary_zh as "summaryZh",
  v.estimated_minutes as "estimatedMinutes", v.certifying, v.validity_months as "validityMonths",
  v.content, v.item_count as "itemCount", v.published_at as "publishedAt"`;

@Injectable()
export class CoursesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async codeTaken(tx: Tx, code: string): Promise<boolean> {
    return (await selectRows<unknown>(tx, `select 1 from courses where code = $1`, [code])).length > 0;
  }

  async insertCourse(tx: Tx, course: Pick<CourseEntity, 'code' | 'category'>): Promise<string> {
    const result = await tx.insert(CourseEntity, course);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The course row, locked so two saves or publishes of one course take turns. */
  async lockCourse(tx: Tx, courseId: string): Promise<{ id: string; code: string } | null> {
    const [row] = await selectRows<{ id: string; code: string }>(
      tx,
      `select id, code from courses where id = $1 for update`,
      [courseId],
    );
    return row ?? null;
  }

  async insertVersion(
    tx: Tx,
    version: NewVersion,
    competencies: { competencyId: string; level: number }[],
  ): Promise<string> {
    const result = await tx.insert(CourseVersionEntity, version);
    const id = (result.identifiers[0] as { id: string }).id;
    await this.replaceCompetencies(tx, id, competencies);
    return id;
  }

  async updateDraft(
    tx: Tx,
    id: string,
    changes: Omit<NewVersion, 'courseId' | 'version' | 'status'>,
    competencies: { competencyId: string; level: number }[],
  ): Promise<void> {
    await tx.update(CourseVersionEntity, { id }, changes);
    await this.replaceCompetencies(tx, id, competencies);
  }

  private async replaceCompetencies(
    tx: Tx,
    versionId: string,
    competencies: { competencyId: string; level: number }[],
  ): Promise<void> {
    await tx.delete(CourseVersionCompetencyEntity, { courseVersionId: versionId });
    if (competencies.length)
      await tx.insert(
        CourseVersionCompetencyEntity,
        competencies.map((c) => ({
          courseVersionId: versionId,
          competencyId: c.competencyId,
          level: c.level,
        })),
      );
  }

  /** Supersedes the published version, if any, and publishes the draft. */
  async publishDraft(tx: Tx, courseId: string, draftId: string): Promise<void> {
    await tx.query(
      `update course_versions set status = 'superseded' where course_id = $1 and status = 'published'`,
      [courseId],
    );
    await tx.query(`update course_versions set status = 'published', published_at = now() where id = $1`, [
      draftId,
    ]);
  }

  async versions(
    filter: { ids?: string[]; courseIds?: string[]; status?: CourseVersionStatus; latestOnly?: boolean },
    tx?: Tx,
  ): Promise<CourseVersionRow[]> {
    return selectRows<CourseVersionRow>(
      tx ?? this.dataSource.manager,
      `select ${VERSION_COLUMNS}
         from course_versions v join courses c on c.id = v.course_id
        where ($1::uuid[] is null or v.id = any($1))
          and ($2::uuid[] is null or v.course_id = any($2))
          and ($3::text is null or v.status = $3)
          and (not $4 or v.version = (select max(version) from course_versions l where l.course_id = v.course_id))
        order by c.code, v.version desc`,
      [filter.ids ?? null, filter.courseIds ?? null, filter.status ?? null, filter.latestOnly ?? false],
    );
  }

  async versionSummaries(courseIds: string[]) {
    return selectRows<{
      courseId: string;
      id: string;
      version: number;
      status: CourseVersionStatus;
      publishedAt: Date | null;
    }>(
      this.dataSource.manager,
      `select course_id as "courseId", id, version, status, published_at as "publishedAt"
         from course_versions where course_id = any($1) order by version desc`,
      [courseIds],
    );
  }

  /** The levels a version brings, from learning's own table (for the evidence a completion records). */
  levelsOf(tx: Tx, versionId: string): Promise<{ competencyId: string; level: number }[]> {
    return selectRows<{ competencyId: string; level: number }>(
      tx,
      `select competency_id as "competencyId", level from course_version_competencies where course_version_id = $1`,
      [versionId],
    );
  }

  async competenciesOf(versionIds: string[], tx?: Tx): Promise<VersionCompetencyRow[]> {
    if (!versionIds.length) return [];
    return selectRows<VersionCompetencyRow>(
      tx ?? this.dataSource.manager,
      `select vc.course_version_id as "courseVersionId", vc.competency_id as "competencyId", vc.level,
              k.code as "competencyCode", k.name_en as "nameEn", k.name_zh as "nameZh"
         from course_version_competencies vc join competencies k on k.id = vc.competency_id
        where vc.course_version_id = any($1)
        order by k.code`,
      [versionIds],
    );
  }
}
