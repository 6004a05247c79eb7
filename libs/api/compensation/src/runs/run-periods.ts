import { parsePeriod, type Period } from '@cadre/compensation/engine';

/** A run's period from its key: a month ("2026-10") or a quarter ("2026-Q4"). */
export function periodOfKey(key: string): Period | null {
  return parsePeriod(key, key.includes('Q') ? 'quarter' : 'month');
}

/** The key of the period just before (the same kind). */
export function previousPeriodKey(period: Period): string {
  const index = period.index - 1;
  return period.kind === 'month'
    ? `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
    : `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
