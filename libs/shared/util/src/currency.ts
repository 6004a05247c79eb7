/** ISO 4217 minor units that are not 2. */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

/** How many decimals a currency's amounts carry (the commission engine rounds to it; imports check it). */
export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}
