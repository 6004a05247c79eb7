import type { CareerLevelDto, CareerTrackDto } from '@cadre/shared/contracts';

/** Every level of the tracks by id, for pages that name levels they are given by id. */
export function levelsById(tracks: readonly CareerTrackDto[]): Map<string, CareerLevelDto> {
  return new Map(tracks.flatMap((t) => t.levels.map((l) => [l.id, l] as const)));
}
