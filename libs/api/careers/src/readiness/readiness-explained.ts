import type { Bilingual, ProfileCompetencyDto, ReadinessDto } from '@cadre/shared/contracts';
import { readiness, type LevelRequirements, type ReadinessFacts } from './readiness';

/**
 * Readiness for a level with every part named for the reader: the competencies of the
 * level's role profile, the certifications, months and results behind each score.
 */
export function explainReadiness(
  levelId: string,
  requirements: LevelRequirements,
  profileCompetencies: ProfileCompetencyDto[],
  facts: ReadinessFacts & { since: string | null },
  metricNames: ReadonlyMap<string, Bilingual>,
): ReadinessDto {
  const r = readiness(requirements, facts);
  const competencies = new Map(profileCompetencies.map((c) => [c.competencyId, c]));
  return {
    levelId,
    percent: r.percent,
    partsMet: r.partsMet,
    parts: {
      competencies: {
        score: r.competencies.score.toFixed(4),
        met: r.competencies.met,
        items: r.competencies.items.map((i) => {
          const c = competencies.get(i.competencyId);
          return {
            competencyId: i.competencyId,
            code: c?.competencyCode ?? '',
            name: c?.competencyName ?? { en: '', zh: '' },
            target: i.target,
            level: i.level,
            weight: c?.weight ?? '1',
            mustHave: c?.mustHave ?? false,
            met: i.met,
          };
        }),
      },
      certifications: {
        score: r.certifications.score.toFixed(4),
        met: r.certifications.met,
        required: requirements.certifications,
        missing: r.certifications.missing,
      },
      time: {
        score: r.time.score.toFixed(4),
        met: r.time.met,
        months: facts.monthsInLevel,
        required: requirements.minMonths,
        since: facts.since,
      },
      results: {
        score: r.results.score.toFixed(4),
        met: r.results.met,
        thresholds: r.results.thresholds.map((t) => ({
          ...t,
          metricName: metricNames.get(t.metric) ?? { en: t.metric, zh: t.metric },
        })),
      },
    },
  };
}
