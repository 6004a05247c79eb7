import { Decimal } from '@cadre/compensation/engine';

/** Money in its currency as the reader writes it, from the exact decimal string (never a float). */
export function formatMoney(value: string | null, currency: string, locale: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    value as Intl.StringNumericLiteral,
  );
}

/** A statement's change from the same person's previous payout, and whether it stands out. */
export function payoutChange(
  payout: string,
  previous: string | null,
): { delta: string | null; notable: boolean } {
  if (previous === null) return { delta: null, notable: true };
  const delta = new Decimal(payout).minus(previous);
  const base = new Decimal(previous).abs();
  // A quarter more or less than last time, or anything at all from nothing, is worth a look.
  const notable = base.isZero() ? !delta.isZero() : delta.abs().dividedBy(base).gte('0.25');
  return { delta: delta.toFixed(2), notable };
}

/** Attainment of a total against its quota as a whole percentage, or a dash without a quota. */
export function attainmentPercent(total: string, quota: string): string {
  const q = new Decimal(quota);
  return q.isZero() ? '—' : `${new Decimal(total).dividedBy(q).times(100).toDecimalPlaces(0).toString()}%`;
}

/** Whether a decimal amount is zero ("0", "0.00", "-0.00"). */
export function isZeroAmount(value: string): boolean {
  return /^-?0(\.0*)?$/.test(value);
}

/** A difference of money with its sign: +CN¥1,000.00, -CN¥500.00; zero without one. */
export function formatSignedMoney(value: string, currency: string, locale: string): string {
  const text = formatMoney(value, currency, locale);
  return value.startsWith('-') || isZeroAmount(value) ? text : `+${text}`;
}
