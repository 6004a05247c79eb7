import DecimalJs from 'decimal.js';

/**
 * The engine's one number type: exact decimal arithmetic with 40 significant digits, so
 * pay curves (which divide) carry far more than the 20 digits the contract asks for
 * before the final rounding. Never JavaScript's binary floating point.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a decimal written as a JSON string ("0.05", "-500.50") or a JSON number (read by
 * its shortest decimal spelling, as JavaScript prints it). Returns null when it is not one.
 */
export function parseDecimal(value: unknown): Decimal | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return DECIMAL_STRING.test(trimmed) ? new Decimal(trimmed) : null;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(String(value));
  return null;
}

/** For ratios shown to people (attainment): 15 significant digits are plenty, and divide fast. */
const Ratio = DecimalJs.clone({
  precision: 15,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** numerator / denominator to 6 decimal places, for display only (never for money). */
export function ratio(numerator: Decimal, denominator: Decimal): string {
  return plain(
    new Ratio(numerator).dividedBy(new Ratio(denominator)).toDecimalPlaces(6) as unknown as Decimal,
  );
}

/** Plain notation (never exponents), all digits kept: for traces. */
export function plain(value: Decimal): string {
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}
