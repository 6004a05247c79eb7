import Decimal from 'decimal.js';
import type { ResultsThreshold } from '@cadre/shared/contracts';

/** What a level asks: its role profile's competencies and the level's own terms. */
export interface LevelRequirements {
  competencies: { competencyId: string; target: number; weight: string; mustHave: boolean }[];
  certifications: string[];
  minMonths: number;
  results: ResultsThreshold[];
}

/** What is known of the person, read set-based for a whole team at once. */
export interface ReadinessFacts {
  /** The latest evidenced level per competency. */
  evidence: ReadonlyMap<string, number>;
  certifications: ReadonlySet<string>;
  /** Whole months in their current level. */
  monthsInLevel: number;
  /**
   * Attainment (actual ÷ target, decimal text; null without a target) per metric code, for
   * the complete quarters newest first; at least as many as the longest window asks.
   */
  attainment: ReadonlyMap<string, { period: string; attainment: string | null }[]>;
}

export interface ThresholdResult extends ResultsThreshold {
  window: { period: string; attainment: string | null; met: boolean }[];
  quartersMet: number;
  met: boolean;
}

export interface Readiness {
  /** 0–100 with one decimal. */
  percent: string;
  partsMet: number;
  competencies: {
    score: Decimal;
    met: boolean;
    items: { competencyId: string; target: number; level: number | null; met: boolean }[];
  };
  certifications: { score: Decimal; met: boolean; missing: string[] };
  time: { score: Decimal; met: boolean };
  results: { score: Decimal; met: boolean; thresholds: ThresholdResult[] };
}

const ONE = new Decimal(1);
const capped = (part: Decimal, whole: Decimal) => (whole.isZero() ? ONE : Decimal.min(ONE, part.div(whole)));
const mean = (scores: Decimal[]) =>
  scores.length ? scores.reduce((a, b) => a.plus(b), new Decimal(0)).div(scores.length) : ONE;

/**
 * Readiness for a level, in the spirit of the fit score: four parts, each scored 0–1 and
 * shown, the figure their mean. A part with nothing asked scores 1. Every score only rises
 * as evidence, certifications, months or attainment rise, so better evidence never lowers it.
 */
export function readiness(requirements: LevelRequirements, facts: ReadinessFacts): Readiness {
  // Competencies: weighted share of each target reached, as the fit score weighs a profile.
  const items = requirements.competencies.map((c) => {
    const level = facts.evidence.get(c.competencyId) ?? null;
    return {
      competencyId: c.competencyId,
      target: c.target,
      level,
      met: level !== null && level >= c.target,
    };
  });
  const totalWeight = requirements.competencies.reduce((sum, c) => sum.plus(c.weight), new Decimal(0));
  const reached = requirements.competencies.reduce(
    (sum, c, i) =>
      sum.plus(new Decimal(c.weight).times(capped(new Decimal(items[i]?.level ?? 0), new Decimal(c.target)))),
    new Decimal(0),
  );
  const competencyScore = totalWeight.isZero() ? ONE : reached.div(totalWeight);

  const missing = requirements.certifications.filter((code) => !facts.certifications.has(code));
  const certificationScore = capped(
    new Decimal(requirements.certifications.length - missing.length),
    new Decimal(requirements.certifications.length),
  );

  const timeScore = capped(
    new Decimal(Math.max(0, facts.monthsInLevel)),
    new Decimal(requirements.minMonths),
  );

  const thresholds = requirements.results.map((t): ThresholdResult => {
    const window = (facts.attainment.get(t.metric) ?? []).slice(0, t.ofQuarters).map((q) => ({
      ...q,
      met: q.attainment !== null && new Decimal(q.attainment).gte(t.minAttainment),
    }));
    const quartersMet = window.filter((q) => q.met).length;
    return { ...t, window, quartersMet, met: quartersMet >= t.quarters };
  });
  const resultsScore = mean(
    thresholds.map((t) => capped(new Decimal(t.quartersMet), new Decimal(t.quarters))),
  );

  const parts = {
    competencies: { score: competencyScore, met: items.every((i) => i.met), items },
    certifications: { score: certificationScore, met: missing.length === 0, missing },
    time: { score: timeScore, met: facts.monthsInLevel >= requirements.minMonths },
    results: { score: resultsScore, met: thresholds.every((t) => t.met), thresholds },
  };
  const scores = [parts.competencies, parts.certifications, parts.time, parts.results];
  return {
    percent: mean(scores.map((p) => p.score))
      .times(100)
      .toDecimalPlaces(1, Decimal.ROUND_DOWN)
      .toFixed(1),
    partsMet: scores.filter((p) => p.met).length,
    ...parts,
  };
}

/** Whole calendar months from `since` to `today` (a month counts once its day is reached). */
export function monthsBetween(since: string, today: string): number {
  const [y1, m1, d1] = since.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
}
