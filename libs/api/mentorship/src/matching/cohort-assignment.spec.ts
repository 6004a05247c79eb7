import fc from 'fast-check';
import { assignCohort, type CohortProblem } from './cohort-assignment';

/** A small pool: scores (null = forbidden pair) and each mentor's places. */
const poolArbitrary = (maxMentees: number, maxMentors: number) =>
  fc
    .record({
      mentees: fc.integer({ min: 0, max: maxMentees }),
      mentors: fc.integer({ min: 0, max: maxMentors }),
    })
    .chain(({ mentees, mentors }) =>
      fc.record({
        places: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
        scores: fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 5 }), {
            minLength: mentors,
            maxLength: mentors,
          }),
          { minLength: mentees, maxLength: mentees },
        ),
      }),
    );

type Pool = { places: number[]; scores: (number | null)[][] };

function problemOf(pool: Pool): CohortProblem {
  return {
    menteeCount: pool.scores.length,
    mentorPlaces: pool.places,
    score: (i, j) => pool.scores[i][j],
  };
}

/** Every assignment tried: each mentee gets no one or an allowed mentor with room. */
function bruteForceBest(pool: Pool): number {
  const left = [...pool.places];
  const visit = (i: number): number => {
    if (i === pool.scores.length) return 0;
    let best = visit(i + 1);
    pool.scores[i].forEach((s, j) => {
      if (s === null || left[j] === 0) return;
      left[j] -= 1;
      best = Math.max(best, s + visit(i + 1));
      left[j] += 1;
    });
    return best;
  };
  return visit(0);
}

describe('cohort assignment', () => {
  it('finds the best total, as brute force does, on pools of up to 7 × 7', () => {
    fc.assert(
      fc.property(poolArbitrary(7, 7), (pool) => {
        expect(assignCohort(problemOf(pool)).total).toBe(bruteForceBest(pool));
      }),
      { numRuns: 300 },
    );
  });

  it('never exceeds a mentor’s places, never makes a forbidden pair, and reports its own total', () => {
    fc.assert(
      fc.property(poolArbitrary(12, 8), (pool) => {
        const { mentorOf, total } = assignCohort(problemOf(pool));
        const taken = new Array<number>(pool.places.length).fill(0);
        let sum = 0;
        mentorOf.forEach((mentor, mentee) => {
          if (mentor < 0) return;
          taken[mentor] += 1;
          const s = pool.scores[mentee][mentor];
          expect(s).not.toBeNull();
          sum += s ?? 0;
        });
        taken.forEach((t, j) => expect(t).toBeLessThanOrEqual(pool.places[j]));
        expect(total).toBe(sum);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the optimum when a mentor joins the pool', () => {
    fc.assert(
      fc.property(
        poolArbitrary(6, 5),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 1000 })), { minLength: 6, maxLength: 6 }),
        (pool, places, column) => {
          const before = assignCohort(problemOf(pool)).total;
          const grown: Pool = {
            places: [...pool.places, places],
            scores: pool.scores.map((row, i) => [...row, column[i]]),
          };
          expect(assignCohort(problemOf(grown)).total).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('pairs as many mentees as it can when scores tie, and leaves out those no one may take', () => {
    const { mentorOf } = assignCohort({
      menteeCount: 3,
      mentorPlaces: [2, 1],
      score: (i, j) => (i === 2 ? null : j === 0 ? 0 : 0),
    });
    expect(mentorOf[2]).toBe(-1);
    expect(mentorOf.filter((m) => m >= 0)).toHaveLength(2);
  });

  it('prefers the optimum to the greedy choice', () => {
    // Greedy gives mentor 0 to mentee 0 (90) and leaves mentee 1 with 10: total 100.
    // The optimum gives mentor 0 to mentee 1 (85) and mentor 1 to mentee 0 (80): 165.
    const scores = [
      [90, 80],
      [85, 10],
    ];
    const solution = assignCohort({ menteeCount: 2, mentorPlaces: [1, 1], score: (i, j) => scores[i][j] });
    expect(solution).toEqual({ mentorOf: [1, 0], total: 165 });
  });
});
