import { Decimal, ZERO } from './decimal';

// Minor units live in the shared util: imports check values against them too.
export { minorUnits } from '@cadre/shared/util';

export type RoundingPolicy = 'half-up' | 'half-even';

/**
 * Rounds to the currency's minor unit. half-up is half away from zero (as PostgreSQL's
 * round(numeric)); half-even is banker's rounding.
 */
export function roundMoney(value: Decimal, decimals: number, policy: RoundingPolicy): Decimal {
  if (value.decimalPlaces() <= decimals) return value;
  return value.toDecimalPlaces(
    decimals,
    policy === 'half-even' ? Decimal.ROUND_HALF_EVEN : Decimal.ROUND_HALF_UP,
  );
}

/** Exactly `decimals` digits after the point, and never "-0.00". */
export function formatMoney(value: Decimal, decimals: number): string {
  if (value.isZero()) return ZERO.toFixed(decimals);
  const places = value.decimalPlaces();
  if (places > decimals) return value.toFixed(decimals);
  // Already within the minor unit (the usual case): pad instead of re-rounding.
  const text = value.toFixed();
  if (places === decimals) return text;
  return (places === 0 ? text + '.' : text) + '0'.repeat(decimals - places);
}
