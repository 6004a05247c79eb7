import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { escapeLike, selectRows, type Tx } from '@cadre/api/core';
import type {
  Bilingual,
  LearningFileDto,
  ResourceKind,
  ResourceTagsRequest,
  ResourceVersionRequest,
} from '@cadre/shared/contracts';

/** A version as stored, with its file's metadata. */
export interface VersionRow {
  id: string;
  resourceId: string;
  version: number;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  changeNoteEn: string;
  changeNoteZh: string;
  url: string | null;
  file: LearningFileDto | null;
  /** ISO text: the row is built as JSON. */
  publishedAt: string;
  publishedBy: string | null;
}

/** A resource with its newest version and its tags. */
export interface ResourceRow {
  id: string;
  kind: ResourceKind;
  current: VersionRow;
  units: { id: string; name: string; kind: string }[];
  competencies: { id: string; code: string; name: Bilingual }[];
  views: number | null;
  viewers: number | null;
}

export interface ResourceFilter {
  ids?: string[];
  /** Each word must appear in either language's title, summary or change note. */
  words?: string[];
  kind?: ResourceKind;
  orgUnitId?: string;
  competencyId?: string;
  /** Tagged with any of these units and with a version published since `since`. */
  newForUnits?: { unitIds: string[]; since: Date };
  withCounts: boolean;
  limit: number;
}

const VERSION_JSON = `jsonb_build_object(
    'id', v.id, 'resourceId', v.resource_id, 'version', v.version,
    'titleEn', v.title_en, 'titleZh', v.title_zh, 'summaryEn', v.summary_en, 'summaryZh', v.summary_zh,
    'changeNoteEn', v.change_note_en, 'changeNoteZh', v.change_note_zh, 'url', v.url,
    'file', case when f.id is null then null else jsonb_build_object(
      'id', f.id, 'fileName', f.file_name, 'contentType', f.content_type, 'sizeBytes', f.size_bytes) end,
    'publishedAt', v.published_at, 'publishedBy', pu.display_name)`;

const VERSION_JOINS = `left join learning_files f on f.id = v.file_id
  left join users pu on pu.id = v.published_by_user_id`;

@Injectable()
export class LibraryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertResource(tx: Tx, kind: ResourceKind, userId: string): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into library_resources (kind, current_version, created_by_user_id) values ($1, 1, $2) returning id`,
      [kind, userId],
    );
    return (row as { id: string }).id;
  }

  /** Locks the resource for a new version and answers the number it gets, or null when absent. */
  async nextVersion(tx: Tx, resourceId: string): Promise<number | null> {
    const [row] = await selectRows<{ next: number }>(
      tx,
      // As a CTE: an UPDATE's own RETURNING comes back from the driver as [rows, count].
      `with bumped as (update library_resources set current_version = current_version + 1 where id = $1
                       returning current_version)
       select current_version as next from bumped`,
      [resourceId],
    );
    return row?.next ?? null;
  }

  async setKind(tx: Tx, resourceId: string, kind: ResourceKind): Promise<void> {
    await tx.query(`update library_resources set kind = $2 where id = $1`, [resourceId, kind]);
  }

  async insertVersion(
    tx: Tx,
    resourceId: string,
    version: number,
    content: ResourceVersionRequest,
    userId: string,
  ): Promise<void> {
    await tx.query(
      `insert into library_resource_versions
         (resource_id, version, title_en, title_zh, summary_en, summary_zh, change_note_en, change_note_zh,
          url, file_id, published_by_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        resourceId,
        version,
        content.title.en,
        content.title.zh,
        content.summary.en,
        content.summary.zh,
        content.changeNote.en,
        content.changeNote.zh,
        content.url,
        content.fileId,
        userId,
      ],
    );
  }

  async replaceTags(
    tx: Tx,
    resourceId: string,
    tags: Pick<ResourceTagsRequest, 'orgUnitIds' | 'competencyIds'>,
  ) {
    await tx.query(`delete from library_resource_units where resource_id = $1`, [resourceId]);
    await tx.query(`delete from library_resource_competencies where resource_id = $1`, [resourceId]);
    await tx.query(
      `insert into library_resource_units (resource_id, org_unit_id) select $1, unnest($2::uuid[])`,
      [resourceId, [...new Set(tags.orgUnitIds)]],
    );
    await tx.query(
      `insert into library_resource_competencies (resource_id, competency_id) select $1, unnest($2::uuid[])`,
      [resourceId, [...new Set(tags.competencyIds)]],
    );
  }

  /**
   * Resources with their newest version, newest first. Read model: identity's org units
   * and users and talent's competencies are joined for their names only.
   */
  find(filter: ResourceFilter, tx?: Tx): Promise<ResourceRow[]> {
    return selectRows<ResourceRow>(
      tx ?? this.dataSource.manager,
      `select r.id, r.kind, ${VERSION_JSON} as current,
              (select coalesce(jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'kind', u.kind) order by u.name), '[]')
                 from library_resource_units ru join org_units u on u.id = ru.org_unit_id
                where ru.resource_id = r.id) as units,
              (select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'code', c.code,
                        'name', jsonb_build_object('en', c.name_en, 'zh', c.name_zh)) order by c.code), '[]')
                 from library_resource_competencies rc join competencies c on c.id = rc.competency_id
                where rc.resource_id = r.id) as competencies,
              case when $7 then (select count(*)::int from library_resource_views w where w.resource_id = r.id) end as views,
              case when $7 then (select count(distinct w.user_id)::int from library_resource_views w
                                  where w.resource_id = r.id) end as viewers
         from library_resources r
         join library_resource_versions v on v.resource_id = r.id and v.version = r.current_version
         ${VERSION_JOINS}
        where ($1::uuid[] is null or r.id = any($1))
          and not exists (select 1 from unnest($2::text[]) w
                           where concat_ws(' ', v.title_en, v.title_zh, v.summary_en, v.summary_zh,
                                           v.change_note_en, v.change_note_zh) not ilike '%' || w || '%')
          and ($3::text is null or r.kind = $3)
          and ($4::uuid is null or exists (select 1 from library_resource_units ru
                                            where ru.resource_id = r.id and ru.org_unit_id = $4))
          and ($5::uuid is null or exists (select 1 from library_resource_competencies rc
                                            where rc.resource_id = r.id and rc.competency_id = $5))
          and ($6::uuid[] is null or (v.published_at >= $8 and exists (
                 select 1 from library_resource_units ru where ru.resource_id = r.id and ru.org_unit_id = any($6))))
        order by v.published_at desc, r.id
        limit $9`,
      [
        filter.ids ?? null,
        (filter.words ?? []).map(escapeLike),
        filter.kind ?? null,
        filter.orgUnitId ?? null,
        filter.competencyId ?? null,
        filter.newForUnits?.unitIds ?? null,
        filter.withCounts,
        filter.newForUnits?.since ?? null,
        filter.limit,
      ],
    );
  }

  /** Every version of a resource, newest first. */
  versions(resourceId: string): Promise<VersionRow[]> {
    return selectRows<VersionRow>(
      this.dataSource.manager,
      `select (${VERSION_JSON}) as v from library_resource_versions v ${VERSION_JOINS}
        where v.resource_id = $1 order by v.version desc`,
      [resourceId],
    ).then((rows) => rows.map((r) => (r as unknown as { v: VersionRow }).v));
  }

  /** Records an open of the newest version; answers where it leads, or null for no resource. */
  async recordView(
    resourceId: string,
    viewer: { userId: string; employeeId: string | null },
  ): Promise<{ url: string | null; fileId: string | null } | null> {
    const [row] = await selectRows<{ url: string | null; fileId: string | null }>(
      this.dataSource.manager,
      `with current as (
         select v.id, v.url, v.file_id from library_resources r
           join library_resource_versions v on v.resource_id = r.id and v.version = r.current_version
          where r.id = $1),
       viewed as (
         insert into library_resource_views (resource_id, version_id, user_id, employee_id)
         select $1, id, $2, $3 from current)
       select url, file_id as "fileId" from current`,
      [resourceId, viewer.userId, viewer.employeeId],
    );
    return row ?? null;
  }

  /** Which of these ids name a resource. */
  async existing(tx: Tx, ids: string[]): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select id from library_resources where id = any($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
