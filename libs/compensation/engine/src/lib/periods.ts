/**
 * Plan periods: months ("2027-01") or quarters ("2027-Q1"). Dates are calendar dates
 * written yyyy-mm-dd, compared as strings.
 */
export type PeriodKind = 'month' | 'quarter';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export interface Period {
  key: string;
  kind: PeriodKind;
  /** Months since year 0 of the first month, for ordering and tenure arithmetic. */
  index: number;
  first: string;
  last: string;
}

export function parsePeriod(key: string, kind: PeriodKind): Period | null {
  const match = (kind === 'month' ? MONTH : QUARTER).exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const startMonth = kind === 'month' ? Number(match[2]) : (Number(match[2]) - 1) * 3 + 1;
  const endMonth = kind === 'month' ? startMonth : startMonth + 2;
  return {
    key,
    kind,
    index: kind === 'month' ? year * 12 + startMonth - 1 : year * 4 + Number(match[2]) - 1,
    first: `${match[1]}-${pad(startMonth)}-01`,
    last: `${match[1]}-${pad(endMonth)}-${pad(daysInMonth(year, endMonth))}`,
  };
}

/** The ordinal (as Period.index) of the period of the given kind containing a valid date. No strings built: it runs per credit. */
export function periodOrdinalOf(date: string, kind: PeriodKind): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return kind === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

/** The key of the period of the given kind that contains a (valid) date. */
export function periodKeyOf(date: string, kind: PeriodKind): string {
  if (kind === 'month') return date.slice(0, 7);
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A calendar date written yyyy-mm-dd that exists. Checked digit by digit: it runs per credit. */
export function isValidDate(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  )
    return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    year = year * 10 + digit;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
