import type { MatchPart, MatchPartDto, MentoringLanguage } from '@cadre/shared/contracts';

/** What matching knows of a mentee. */
export interface MenteeFacts {
  employeeId: string;
  managerId: string | null;
  orgUnitId: string;
  /** Units of each kind the mentee sits in (their own unit and every one above it). */
  productLines: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  segments: ReadonlySet<string>;
  language: MentoringLanguage;
  hireDate: string;
  /** Open development needs; levels as decimals in [1, 5] (current may be fractional). */
  needs: readonly { competencyId: string; currentLevel: number; targetLevel: number }[];
}

/** What matching knows of a mentor with a profile. */
export interface MentorFacts {
  employeeId: string;
  orgUnitId: string;
  productLines: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  segments: ReadonlySet<string>;
  languages: readonly MentoringLanguage[];
  hireDate: string;
  strengths: ReadonlyMap<string, number>;
  capacity: number;
  /** Open pairings already taking capacity. */
  load: number;
}

/** Points per part; they add up to 100. Coverage of the mentee's needs matters most. */
export const MATCH_WEIGHTS: Readonly<Record<MatchPart, number>> = {
  coverage: 50,
  closeness: 20,
  language: 10,
  seniority: 10,
  capacity: 10,
};
const CLOSENESS = { productLine: 8, region: 6, segment: 6 } as const;
/** A mentor this many years longer with the company earns all the seniority points. */
const FULL_SENIORITY_YEARS = 5;
const DAY_MS = 86_400_000;

export interface MatchScore {
  /** The total in tenths of a point, a whole number: what the cohort optimiser adds up. */
  tenths: number;
  parts: MatchPartDto[];
}

/** Why a pair may never be made, or null when it may. */
export type Ineligibility = 'self_pairing' | 'own_manager' | 'over_capacity';

export function ineligibility(mentee: MenteeFacts, mentor: MentorFacts): Ineligibility | null {
  if (mentee.employeeId === mentor.employeeId) return 'self_pairing';
  if (mentee.managerId === mentor.employeeId) return 'own_manager';
  if (mentor.load >= mentor.capacity) return 'over_capacity';
  return null;
}

/**
 * The score of a mentor for a mentee, with every part shown (as the fit score does in
 * recruitment). Each part is rounded to tenths first so the parts always add up to the total.
 */
export function matchScore(mentee: MenteeFacts, mentor: MentorFacts): MatchScore {
  const parts: { part: MatchPart; tenths: number; detail: MatchPartDto['detail'] }[] = [];

  // Coverage: each need counts by its gap; a mentor covers it fully at the target level,
  // partly between the mentee's current level and the target.
  let gapSum = 0;
  let covered = 0;
  let fully = 0;
  for (const need of mentee.needs) {
    const gap = need.targetLevel - need.currentLevel;
    if (gap <= 0) continue;
    const level = mentor.strengths.get(need.competencyId) ?? 0;
    const share = Math.min(1, Math.max(0, (level - need.currentLevel) / gap));
    gapSum += gap;
    covered += gap * share;
    if (share >= 1) fully += 1;
  }
  const needCount = mentee.needs.filter((n) => n.targetLevel > n.currentLevel).length;
  parts.push({
    part: 'coverage',
    tenths: gapSum > 0 ? Math.round((MATCH_WEIGHTS.coverage * 10 * covered) / gapSum) : 0,
    detail: { needs: needCount, fullyCovered: fully },
  });

  const productLine = shares(mentee.productLines, mentor.productLines);
  const region = shares(mentee.regions, mentor.regions);
  const segment = shares(mentee.segments, mentor.segments);
  parts.push({
    part: 'closeness',
    tenths:
      10 *
      ((productLine ? CLOSENESS.productLine : 0) +
        (region ? CLOSENESS.region : 0) +
        (segment ? CLOSENESS.segment : 0)),
    detail: { productLine, region, segment },
  });

  const language = mentor.languages.includes(mentee.language);
  parts.push({
    part: 'language',
    tenths: language ? MATCH_WEIGHTS.language * 10 : 0,
    detail: { language: mentee.language, shared: language },
  });

  const years = (Date.parse(mentee.hireDate) - Date.parse(mentor.hireDate)) / (365.25 * DAY_MS);
  parts.push({
    part: 'seniority',
    tenths: Math.round(MATCH_WEIGHTS.seniority * 10 * Math.min(1, Math.max(0, years / FULL_SENIORITY_YEARS))),
    detail: { years: Math.round(years * 10) / 10 },
  });

  const remaining = Math.max(0, mentor.capacity - mentor.load);
  parts.push({
    part: 'capacity',
    tenths: mentor.capacity > 0 ? Math.round((MATCH_WEIGHTS.capacity * 10 * remaining) / mentor.capacity) : 0,
    detail: { remaining, capacity: mentor.capacity },
  });

  return {
    tenths: parts.reduce((sum, p) => sum + p.tenths, 0),
    parts: parts.map((p) => ({
      part: p.part,
      points: p.tenths / 10,
      max: MATCH_WEIGHTS[p.part],
      detail: p.detail,
    })),
  };
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (b.has(id)) return true;
  return false;
}
