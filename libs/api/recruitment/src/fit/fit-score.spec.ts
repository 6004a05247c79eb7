import fc from 'fast-check';
import type { Recommendation } from '@cadre/shared/contracts';
import { computeFit, type FitRequirement } from './fit-score';

const req = (
  competencyId: string,
  targetLevel: number,
  weight: string,
  mustHave = false,
): FitRequirement => ({ competencyId, targetLevel, weight, mustHave });
const card = (ratings: Record<string, number>, recommendation: Recommendation = 'yes') => ({
  ratings: new Map(Object.entries(ratings)),
  recommendation,
});

describe('computeFit: worked examples', () => {
  const profile = [req('prospecting', 4, '3'), req('closing', 5, '2', true), req('crm', 3, '1')];

  it('weights how close each rating comes to its target', () => {
    // prospecting 3/4 × 3/6 = 37.5; closing 5/5 × 2/6 = 33.333…; crm 3/3 × 1/6 = 16.666… -> 87.50
    const fit = computeFit({
      requirements: profile,
      scorecards: [card({ prospecting: 3, closing: 5, crm: 3 })],
    });
    expect(fit.score).toBe('87.50');
    expect(fit.knockedOut).toBe(false);
    expect(fit.competencies.map((c) => [c.competencyId, c.rating, c.gap, c.contribution])).toEqual([
      ['prospecting', '3', '1', '37.50'],
      ['closing', '5', '0', '33.33'],
      ['crm', '3', '0', '16.67'],
    ]);
  });

  it('does not let exceeding one target make up for a gap elsewhere', () => {
    // crm 5 against target 3 counts as 3: still 87.50
    expect(
      computeFit({ requirements: profile, scorecards: [card({ prospecting: 3, closing: 5, crm: 5 })] }).score,
    ).toBe('87.50');
  });

  it('combines interviewers by their mean and knocks out a must-have below target', () => {
    // closing (4 + 5) / 2 = 4.5 < 5, a must-have: knocked out.
    // prospecting 4/4 × 1/2 = 50; closing 4.5/5 × 1/3 = 30; crm 3/3 × 1/6 = 16.67 -> 96.67
    const fit = computeFit({
      requirements: profile,
      scorecards: [
        card({ prospecting: 4, closing: 4, crm: 3 }),
        card({ prospecting: 4, closing: 5, crm: 3 }),
      ],
    });
    expect(fit.score).toBe('96.67');
    expect(fit.knockedOut).toBe(true);
    expect(fit.competencies[1]).toMatchObject({ rating: '4.5', gap: '0.5', mustHave: true });
  });

  it('averages a competency over the scorecards that rate it, not over every scorecard', () => {
    // crm rated only by the first interviewer: mean 3, not (3 + nothing) / 2.
    // prospecting 4/4 × 3/6 = 50; closing 5/5 × 2/6 = 33.33…; crm 3/3 × 1/6 = 16.66… -> 100.00
    const fit = computeFit({
      requirements: profile,
      scorecards: [card({ prospecting: 4, closing: 5, crm: 3 }), card({ prospecting: 4, closing: 5 })],
    });
    expect(fit.competencies[2]).toMatchObject({ competencyId: 'crm', rating: '3', gap: '0' });
    expect(fit.score).toBe('100.00');
  });

  it('flags strong disagreement on a competency or on the recommendation', () => {
    const apart = computeFit({
      requirements: profile,
      scorecards: [
        card({ prospecting: 1, closing: 5, crm: 3 }),
        card({ prospecting: 4, closing: 5, crm: 3 }),
      ],
    });
    expect(apart.disagreement).toBe(true);
    expect(apart.competencies[0].disagreement).toBe(true);
    const close = computeFit({
      requirements: profile,
      scorecards: [
        card({ prospecting: 2, closing: 5, crm: 3 }),
        card({ prospecting: 4, closing: 5, crm: 3 }),
      ],
    });
    expect(close.disagreement).toBe(false);
    const split = computeFit({
      requirements: profile,
      scorecards: [
        card({ prospecting: 4, closing: 5, crm: 3 }, 'strong_yes'),
        card({ prospecting: 4, closing: 5, crm: 3 }, 'no'),
      ],
    });
    expect(split.disagreement).toBe(true);
  });

  it('has no score until a scorecard is in', () => {
    expect(computeFit({ requirements: profile, scorecards: [] })).toMatchObject({
      score: null,
      knockedOut: false,
    });
  });
});

describe('computeFit: properties', () => {
  const requirementsArb = fc
    .array(
      fc.record({
        target: fc.integer({ min: 1, max: 5 }),
        weight: fc.integer({ min: 1, max: 100 }),
        mustHave: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((list) => list.map((r, i) => req(`c${i}`, r.target, String(r.weight), r.mustHave)));
  const ratingsFor = (n: number) => fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n });
  const scenario = requirementsArb.chain((requirements) =>
    ratingsFor(requirements.length).map((ratings) => ({ requirements, ratings })),
  );
  const fitOf = (requirements: FitRequirement[], ratings: number[]) =>
    computeFit({
      requirements,
      scorecards: [
        card(Object.fromEntries(requirements.map((r, i) => [r.competencyId, ratings[i] as number]))),
      ],
    });

  it('stays between 0 and 100', () => {
    fc.assert(
      fc.property(scenario, ({ requirements, ratings }) => {
        const score = Number(fitOf(requirements, ratings).score);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never lowers the score when a rating improves', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ requirements, ratings }, which) => {
        const i = which % ratings.length;
        const better = [...ratings];
        better[i] = Math.min(5, (better[i] as number) + 1);
        const before = fitOf(requirements, ratings);
        const after = fitOf(requirements, better);
        expect(Number(after.score) >= Number(before.score)).toBe(true);
      }),
    );
  });

  it('always knocks out a must-have below target, and only then', () => {
    fc.assert(
      fc.property(scenario, ({ requirements, ratings }) => {
        const expected = requirements.some((r, i) => r.mustHave && (ratings[i] as number) < r.targetLevel);
        expect(fitOf(requirements, ratings).knockedOut).toBe(expected);
      }),
    );
  });

  it('scores 100 exactly when every target is met, whatever the weights', () => {
    fc.assert(
      fc.property(requirementsArb, (requirements) => {
        expect(
          fitOf(
            requirements,
            requirements.map((r) => r.targetLevel),
          ).score,
        ).toBe('100.00');
      }),
    );
  });

  it('depends only on the ratios between weights', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 2, max: 50 }), ({ requirements, ratings }, k) => {
        const scaled = requirements.map((r) => ({ ...r, weight: String(Number(r.weight) * k) }));
        expect(fitOf(scaled, ratings).score).toBe(fitOf(requirements, ratings).score);
      }),
    );
  });
});
