import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { CompetencyCategory, EducationLevel } from '@cadre/shared/contracts';
import { RoleProfileCompetencyEntity } from './role-profile-competency.entity';
import { RoleProfileVersionEntity } from './role-profile-version.entity';
import { RoleProfileEntity } from './role-profile.entity';

/** A role profile version as the query answers it (its columns aliased to these names). */
export interface VersionRow {
  id: string;
  profileId: string;
  version: number;
  nameEn: string;
  nameZh: string;
  summaryEn: string;
  summaryZh: string;
  minYearsExperience: number;
  education: EducationLevel;
  createdAt: Date;
  createdBy: string | null;
  competencies: {
    competencyId: string;
    code: string;
    nameEn: string;
    nameZh: string;
    category: CompetencyCategory;
    targetLevel: number;
    weight: string;
    mustHave: boolean;
  }[];
}

@Injectable()
export class RoleProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listProfiles(tx?: Tx): Promise<RoleProfileEntity[]> {
    return (tx ?? this.dataSource.manager).getRepository(RoleProfileEntity).find({ order: { code: 'ASC' } });
  }

  findProfile(id: string, tx?: Tx): Promise<RoleProfileEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(RoleProfileEntity).findOneBy({ id });
  }

  findProfileByCode(code: string, tx?: Tx): Promise<RoleProfileEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(RoleProfileEntity).findOneBy({ code });
  }

  /** Locks the profile row so two editors cannot both create version n + 1. */
  findProfileForUpdate(tx: Tx, id: string): Promise<RoleProfileEntity | null> {
    return tx
      .getRepository(RoleProfileEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The id of the profile's current version, or null when there is no such profile. */
  async currentVersionId(tx: Tx, profileId: string): Promise<string | null> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select v.id from role_profiles p
         join role_profile_versions v on v.profile_id = p.id and v.version = p.current_version
        where p.id = $1`,
      [profileId],
    );
    return rows[0]?.id ?? null;
  }

  async versionRefs(
    profileIds: string[],
    tx?: Tx,
  ): Promise<Map<string, { version: number; id: string; createdAt: Date }[]>> {
    const rows = profileIds.length
      ? await (tx ?? this.dataSource.manager)
          .getRepository(RoleProfileVersionEntity)
          .createQueryBuilder('v')
          .select(['v.id', 'v.profileId', 'v.version', 'v.createdAt'])
          .where('v.profile_id in (:...profileIds)', { profileIds })
          .orderBy('v.version', 'DESC')
          .getMany()
      : [];
    const byProfile = new Map<string, { version: number; id: string; createdAt: Date }[]>();
    for (const r of rows)
      byProfile.set(r.profileId, [
        ...(byProfile.get(r.profileId) ?? []),
        { version: r.version, id: r.id, createdAt: r.createdAt },
      ]);
    return byProfile;
  }

  /** Versions with their competencies, by version id, in one query (identity's users joined for the author's email only). */
  versions(where: { ids?: string[]; current?: boolean }, tx?: Tx): Promise<VersionRow[]> {
    const params: unknown[] = [];
    let filter = 'true';
    if (where.ids) {
      params.push(where.ids);
      filter = `v.id = any($${params.length}::uuid[])`;
    } else if (where.current) {
      filter = 'v.version = p.current_version';
    }
    return selectRows<VersionRow>(
      tx ?? this.dataSource.manager,
      `select v.id, v.profile_id as "profileId", v.version, v.name_en as "nameEn", v.name_zh as "nameZh",
              v.summary_en as "summaryEn", v.summary_zh as "summaryZh", v.min_years_experience as "minYearsExperience",
              v.education::text as education, v.created_at as "createdAt", u.email as "createdBy",
              coalesce(json_agg(json_build_object(
                'competencyId', c.id, 'code', c.code, 'nameEn', c.name_en, 'nameZh', c.name_zh, 'category', c.category,
                'targetLevel', rc.target_level, 'weight', rc.weight::text, 'mustHave', rc.must_have)
                order by rc.position, c.name_en) filter (where c.id is not null), '[]') as competencies
         from role_profile_versions v
         join role_profiles p on p.id = v.profile_id
         left join users u on u.id = v.created_by_user_id
         left join role_profile_competencies rc on rc.version_id = v.id
         left join competencies c on c.id = rc.competency_id
        where ${filter}
        group by v.id, u.email
        order by v.name_en`,
      params,
    );
  }

  async insertProfile(tx: Tx, code: string): Promise<string> {
    const result = await tx.insert(RoleProfileEntity, { code, currentVersion: 1 });
    return (result.identifiers[0] as { id: string }).id;
  }

  async insertVersion(
    tx: Tx,
    version: Omit<RoleProfileVersionEntity, 'id' | 'createdAt' | 'profile'>,
    competencies: { competencyId: string; targetLevel: number; weight: string; mustHave: boolean }[],
  ): Promise<string> {
    const result = await tx.insert(RoleProfileVersionEntity, version);
    const versionId = (result.identifiers[0] as { id: string }).id;
    await tx.insert(
      RoleProfileCompetencyEntity,
      competencies.map((c, position) => ({ ...c, versionId, position })),
    );
    return versionId;
  }

  async setCurrentVersion(tx: Tx, profileId: string, version: number): Promise<void> {
    await tx.update(RoleProfileEntity, { id: profileId }, { currentVersion: version });
  }
}
