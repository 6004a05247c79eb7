import Decimal from 'decimal.js';

/** An attainment or score (a decimal, 1 = 100%) as a whole percent, rounded down. */
export function percentOf(decimal: string): string {
  return new Decimal(decimal).times(100).toDecimalPlaces(0, Decimal.ROUND_DOWN).toString();
}
