import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { CareerLevelTerms, CareerTrackKind, ResultsThreshold } from '@cadre/shared/contracts';

export interface LevelRow {
  trackId: string;
  trackCode: string;
  trackKind: CareerTrackKind;
  trackNameEn: string;
  trackNameZh: string;
  levelId: string | null;
  rank: number | null;
  roleProfileId: string | null;
  version: number | null;
  responsibilitiesEn: string | null;
  responsibilitiesZh: string | null;
  certifications: string[] | null;
  minMonths: number | null;
  results: ResultsThreshold[] | null;
  movesTo: string[];
}

@Injectable()
export class TracksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every track with its levels in rank order, each level with its current terms and moves. */
  levels(tx?: Tx): Promise<LevelRow[]> {
    return selectRows<LevelRow>(
      tx ?? this.dataSource.manager,
      `select t.id as "trackId", t.code as "trackCode", t.kind as "trackKind", t.name_en as "trackNameEn",
              t.name_zh as "trackNameZh", l.id as "levelId", l.rank, l.role_profile_id as "roleProfileId",
              l.current_version as version, v.responsibilities_en as "responsibilitiesEn",
              v.responsibilities_zh as "responsibilitiesZh", v.certifications,
              v.min_months_in_previous_level as "minMonths", v.results,
              coalesce((select array_agg(m.to_level_id::text order by m.to_level_id) from career_level_moves m
                         where m.from_level_id = l.id), '{}') as "movesTo"
         from career_tracks t
         left join career_levels l on l.track_id = t.id
         left join career_level_versions v on v.level_id = l.id and v.version = l.current_version
        order by t.position, t.code, l.rank`,
      [],
    );
  }

  /** Locks the track's levels (a new one takes the next rank) and answers whether it exists. */
  async lockTrack(tx: Tx, trackId: string): Promise<boolean> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select id from career_tracks where id = $1 for update`,
      [trackId],
    );
    return rows.length > 0;
  }

  /** Adds a level at the top of the track, version 1 of its terms. Null when the profile is a level already. */
  async addLevel(
    tx: Tx,
    trackId: string,
    roleProfileId: string,
    terms: CareerLevelTerms,
    userId: string,
  ): Promise<string | null> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into career_levels (track_id, rank, role_profile_id)
       select $1, coalesce(max(rank), 0) + 1, $2 from career_levels where track_id = $1
       on conflict (role_profile_id) do nothing returning id`,
      [trackId, roleProfileId],
    );
    if (!row) return null;
    await this.addVersion(tx, row.id, 1, terms, userId);
    return row.id;
  }

  /** The levels one may move to from this one, replaced. */
  async replaceMoves(tx: Tx, levelId: string, toLevelIds: string[]): Promise<void> {
    await tx.query(`delete from career_level_moves where from_level_id = $1`, [levelId]);
    await tx.query(
      `insert into career_level_moves (from_level_id, to_level_id) select $1, unnest($2::uuid[])`,
      [levelId, toLevelIds],
    );
  }

  /** Locks the level and answers its current version; null when there is no such level. */
  async lockLevel(tx: Tx, levelId: string): Promise<number | null> {
    const [row] = await selectRows<{ version: number }>(
      tx,
      `select current_version as version from career_levels where id = $1 for update`,
      [levelId],
    );
    return row?.version ?? null;
  }

  async addVersion(tx: Tx, levelId: string, version: number, terms: CareerLevelTerms, userId: string) {
    await tx.query(
      `insert into career_level_versions (level_id, version, responsibilities_en, responsibilities_zh, certifications,
                                          min_months_in_previous_level, results, created_by_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        levelId,
        version,
        terms.responsibilities.en,
        terms.responsibilities.zh,
        terms.certifications,
        terms.minMonthsInPreviousLevel,
        JSON.stringify(terms.results),
        userId,
      ],
    );
    await tx.query(`update career_levels set current_version = $2 where id = $1`, [levelId, version]);
  }
}
