import type {
  CareerLevelDto,
  CareerTrackDto,
  ProfileCompetencyDto,
  RoleProfileDto,
} from '@cadre/shared/contracts';
import type { LevelRequirements } from '../readiness/readiness';
import type { LevelRow } from './tracks.repository';

/** The tracks as read once per request: levels by id, with what readiness needs of each. */
export class CareerCatalogue {
  readonly tracks: CareerTrackDto[];
  private readonly levels = new Map<string, CareerLevelDto>();
  private readonly competencies = new Map<string, ProfileCompetencyDto[]>();

  constructor(rows: LevelRow[], profiles: RoleProfileDto[]) {
    const profileOf = new Map(profiles.map((p) => [p.id, p]));
    const tracks = new Map<string, CareerTrackDto>();
    for (const r of rows) {
      const track = tracks.get(r.trackId) ?? {
        id: r.trackId,
        code: r.trackCode,
        kind: r.trackKind,
        name: { en: r.trackNameEn, zh: r.trackNameZh },
        levels: [],
      };
      tracks.set(r.trackId, track);
      const profile = r.roleProfileId ? profileOf.get(r.roleProfileId) : undefined;
      if (!r.levelId || r.rank === null || !profile) continue;
      const level: CareerLevelDto = {
        id: r.levelId,
        trackId: r.trackId,
        rank: r.rank,
        roleProfileId: profile.id,
        roleProfileCode: profile.code,
        name: profile.current.name,
        version: r.version ?? 1,
        responsibilities: { en: r.responsibilitiesEn ?? '', zh: r.responsibilitiesZh ?? '' },
        certifications: r.certifications ?? [],
        minMonthsInPreviousLevel: r.minMonths ?? 0,
        results: r.results ?? [],
        movesTo: r.movesTo,
      };
      track.levels.push(level);
      this.levels.set(level.id, level);
      this.competencies.set(level.id, profile.current.competencies);
    }
    this.tracks = [...tracks.values()];
  }

  level(id: string): CareerLevelDto | undefined {
    return this.levels.get(id);
  }

  competenciesOf(levelId: string): ProfileCompetencyDto[] {
    return this.competencies.get(levelId) ?? [];
  }

  /** Where one may go from a level: the next rank of its track, then the defined moves. */
  nextLevels(levelId: string): CareerLevelDto[] {
    const level = this.levels.get(levelId);
    if (!level) return [];
    const track = this.tracks.find((t) => t.id === level.trackId);
    const up = track?.levels.find((l) => l.rank === level.rank + 1);
    const moves = level.movesTo.flatMap((id) => this.levels.get(id) ?? []);
    return [...(up ? [up] : []), ...moves];
  }

  requirements(levelId: string): LevelRequirements {
    const level = this.levels.get(levelId);
    return {
      competencies: this.competenciesOf(levelId).map((c) => ({
        competencyId: c.competencyId,
        target: c.targetLevel,
        weight: c.weight,
        mustHave: c.mustHave,
      })),
      certifications: level?.certifications ?? [],
      minMonths: level?.minMonthsInPreviousLevel ?? 0,
      results: level?.results ?? [],
    };
  }
}
