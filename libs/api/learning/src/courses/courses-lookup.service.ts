import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';

export interface DevelopingCourse {
  competencyId: string;
  courseId: string;
  code: string;
  titleEn: string;
  titleZh: string;
  /** The level the course brings the competency to. */
  level: number;
}

/** Which published courses develop a competency, for plans that other contexts make. */
@Injectable()
export class CoursesLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * For each competency, the published courses that bring it to at least the level asked,
   * the nearest level first (the shortest course that closes the gap).
   */
  developing(tx: Tx | null, wanted: { competencyId: string; level: number }[]): Promise<DevelopingCourse[]> {
    return selectRows<DevelopingCourse>(
      tx ?? this.dataSource.manager,
      `select w.competency_id as "competencyId", c.id as "courseId", c.code, v.title_en as "titleEn",
              v.title_zh as "titleZh", vc.level
         from unnest($1::uuid[], $2::int[]) as w(competency_id, level)
         join course_version_competencies vc on vc.competency_id = w.competency_id and vc.level >= w.level
         join course_versions v on v.id = vc.course_version_id and v.status = 'published'
         join courses c on c.id = v.course_id
        order by w.competency_id, vc.level, c.code`,
      [wanted.map((w) => w.competencyId), wanted.map((w) => w.level)],
    );
  }
}
