import DecimalJs from 'decimal.js';
import type { Recommendation } from '@cadre/shared/contracts';

const Decimal = DecimalJs.clone({ precision: 30, rounding: DecimalJs.ROUND_HALF_UP });
type Decimal = InstanceType<typeof Decimal>;

/**
 * How well an application fits its role profile version, from 0 to 100.
 *
 * Each competency contributes its share of the total weight times how close the
 * combined rating (the interviewers' mean) comes to its target: min(rating, target) /
 * target. Exceeding a target earns nothing extra, so it cannot make up for a gap
 * elsewhere. A must-have competency below its target knocks the application out; the
 * score is still computed (and shown), but it ranks after every application that is not
 * knocked out. Only the ratios between weights matter: doubling every weight changes
 * nothing. Exact decimal arithmetic; the score is rounded to two decimals at the end.
 */
export interface FitRequirement {
  competencyId: string;
  targetLevel: number;
  weight: string;
  mustHave: boolean;
}

export interface FitInput {
  requirements: FitRequirement[];
  /** Per scorecard: competency id -> rating 1-5. */
  scorecards: { ratings: ReadonlyMap<string, number>; recommendation: Recommendation }[];
}

export interface FitResultCompetency {
  competencyId: string;
  targetLevel: number;
  weight: string;
  mustHave: boolean;
  rating: string | null;
  gap: string;
  contribution: string;
  disagreement: boolean;
}

export interface FitResult {
  score: string | null;
  knockedOut: boolean;
  competencies: FitResultCompetency[];
  disagreement: boolean;
}

/** Ratings this far apart on one competency are a strong disagreement. */
export const RATING_SPREAD_FLAG = 3;
const RECOMMENDATION_RANK: Record<Recommendation, number> = { strong_no: 1, no: 2, yes: 3, strong_yes: 4 };

export function computeFit(input: FitInput): FitResult {
  const totalWeight = input.requirements.reduce((sum, r) => sum.plus(r.weight), new Decimal(0));
  const scored = input.scorecards.length > 0;
  let score = new Decimal(0);
  let knockedOut = false;
  let anyDisagreement = false;

  const competencies = input.requirements.map((requirement) => {
    const ratings = input.scorecards
      .map((s) => s.ratings.get(requirement.competencyId))
      .filter((r): r is number => r !== undefined);
    const target = new Decimal(requirement.targetLevel);
    const rating = ratings.length
      ? ratings.reduce((sum, r) => sum.plus(r), new Decimal(0)).dividedBy(ratings.length)
      : null;
    const reached = rating === null ? new Decimal(0) : Decimal.min(rating, target);
    const share = totalWeight.isZero()
      ? new Decimal(0)
      : new Decimal(requirement.weight).dividedBy(totalWeight);
    const contribution = share.times(reached).dividedBy(target).times(100);
    score = score.plus(contribution);
    const gap = rating === null ? target : Decimal.max(0, target.minus(rating));
    if (requirement.mustHave && rating !== null && rating.lessThan(target)) knockedOut = true;
    const disagreement = spread(ratings) >= RATING_SPREAD_FLAG;
    anyDisagreement ||= disagreement;
    return {
      competencyId: requirement.competencyId,
      targetLevel: requirement.targetLevel,
      weight: requirement.weight,
      mustHave: requirement.mustHave,
      rating: rating === null ? null : rating.toDecimalPlaces(2).toFixed(),
      gap: gap.toDecimalPlaces(2).toFixed(),
      contribution: contribution.toDecimalPlaces(2).toFixed(2),
      disagreement,
    };
  });

  const recommendations = input.scorecards.map((s) => RECOMMENDATION_RANK[s.recommendation]);
  if (spread(recommendations) >= 2) anyDisagreement = true;

  return {
    score: scored ? score.toDecimalPlaces(2).toFixed(2) : null,
    knockedOut: scored && knockedOut,
    competencies,
    disagreement: anyDisagreement,
  };
}

/** Highest minus lowest; 0 for one value and below zero (-Infinity) for none, so never a disagreement. */
function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}
