/**
 * The cohort problem: give each mentee at most one mentor, each mentor at most their
 * remaining places, never a forbidden pair, so that the total score is the largest
 * possible. Solved exactly with the Hungarian method (Kuhn–Munkres with potentials,
 * O(n²·m)) on a matrix whose columns are the mentors' places plus one "no mentor" column
 * per mentee, so a mentee whom no one may take (or whose every pair scores nothing) is
 * left out rather than forced into a bad pair.
 *
 * No maintained npm package solves the capacitated version with forbidden pairs, and the
 * method is forty lines; it is tested against brute force on every small pool.
 */
export interface CohortProblem {
  menteeCount: number;
  /** Places each mentor still has. */
  mentorPlaces: readonly number[];
  /** Score (whole tenths, ≥ 0) of mentee i with mentor j, or null when the pair is forbidden. */
  score: (mentee: number, mentor: number) => number | null;
}

export interface CohortSolution {
  /** For each mentee, the index of their mentor, or -1 for none. */
  mentorOf: number[];
  total: number;
}

export function assignCohort(problem: CohortProblem): CohortSolution {
  const n = problem.menteeCount;
  if (n === 0) return { mentorOf: [], total: 0 };
  // Places beyond the cohort's size can never be used: they only slow the search.
  const slotMentor: number[] = [];
  problem.mentorPlaces.forEach((places, mentor) => {
    for (let k = 0; k < Math.min(places, n); k++) slotMentor.push(mentor);
  });
  const slots = slotMentor.length;
  const m = slots + n;
  const mentorCount = problem.mentorPlaces.length;

  // Minimise cost = -(score·(n+1) + 1): among assignments of equal score, the one that
  // pairs more mentees wins (the +1 per pair never outweighs one tenth of a point).
  const costs = new Float64Array(n * mentorCount);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < mentorCount; j++) {
      const s = problem.score(i, j);
      costs[i * mentorCount + j] = s === null ? Infinity : -(s * (n + 1) + 1);
    }
  const cost = (row: number, column: number): number =>
    column <= slots ? costs[(row - 1) * mentorCount + slotMentor[column - 1]] : 0;

  // 1-based rows and columns; column 0 is the algorithm's scratch.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOf = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOf[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(i0, j) - u[i0] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOf[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOf[j0] = rowOf[j1];
      j0 = j1;
    } while (j0);
  }

  const mentorOf = new Array<number>(n).fill(-1);
  let total = 0;
  for (let j = 1; j <= slots; j++) {
    const row = rowOf[j];
    if (!row) continue;
    const mentor = slotMentor[j - 1];
    const s = problem.score(row - 1, mentor);
    if (s === null) continue; // never chosen: a "no mentor" column is always cheaper
    mentorOf[row - 1] = mentor;
    total += s;
  }
  return { mentorOf, total };
}
