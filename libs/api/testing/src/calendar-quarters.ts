/**
 * The last `count` calendar quarters that have ended before `today`, newest first: keys
 * (2026-Q3), first and last days. Tests and benchmarks put results in them, for what reads
 * complete quarters (career readiness).
 */
export function completeCalendarQuarters(
  count: number,
  today = new Date(),
): { key: string; starts: string; ends: string }[] {
  let year = today.getUTCFullYear();
  let q = Math.floor(today.getUTCMonth() / 3); // the current quarter, 0-based, is not complete
  const quarters = [];
  for (let i = 0; i < count; i++) {
    q -= 1;
    if (q < 0) {
      q = 3;
      year -= 1;
    }
    const starts = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const ends = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
    quarters.push({ key: `${year}-Q${q + 1}`, starts, ends });
  }
  return quarters;
}
