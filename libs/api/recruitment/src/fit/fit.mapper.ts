import type { FitDto, Recommendation, RoleProfileVersionDto } from '@cadre/shared/contracts';
import { computeFit } from './fit-score';

/** The stored fit of an application: the score and its explanation, in the version's terms. */
export function fitFor(
  version: RoleProfileVersionDto,
  scorecards: { recommendation: Recommendation; ratings: { competencyId: string; rating: number }[] }[],
): FitDto {
  const result = computeFit({
    requirements: version.competencies.map((c) => ({
      competencyId: c.competencyId,
      targetLevel: c.targetLevel,
      weight: c.weight,
      mustHave: c.mustHave,
    })),
    scorecards: scorecards.map((s) => ({
      recommendation: s.recommendation,
      ratings: new Map(s.ratings.map((r) => [r.competencyId, r.rating])),
    })),
  });
  const byId = new Map(version.competencies.map((c) => [c.competencyId, c]));
  const competencies = result.competencies.map((c) => {
    const meta = byId.get(c.competencyId);
    return {
      ...c,
      code: meta?.competencyCode ?? '',
      name: meta?.competencyName ?? { en: '', zh: '' },
      category: meta?.category ?? 'skill',
    };
  });
  const rated = competencies.filter((c) => c.rating !== null);
  return {
    score: result.score,
    knockedOut: result.knockedOut,
    knockedOutBy: rated.filter((c) => c.mustHave && c.gap !== '0').map((c) => c.code),
    meets: rated.filter((c) => c.gap === '0').map((c) => c.code),
    gaps: rated
      .filter((c) => c.gap !== '0')
      .map((c) => ({
        code: c.code,
        rating: c.rating as string,
        target: c.targetLevel,
        gap: c.gap,
        mustHave: c.mustHave,
      })),
    competencies,
    scorecards: scorecards.length,
    disagreement: result.disagreement,
  };
}
