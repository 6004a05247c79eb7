/**
 * Plan periods: months ("2027-01") or quarters ("2027-Q1"). Dates are calendar dates
 * written yyyy-mm-dd, compared as strings.
 */
export type PeriodKind = 'month' | 'quarter';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** The key of the period of the given kind that contains a (valid) date. */
export function periodKeyOf(date: string, kind: PeriodKind): string {
  if (kind === 'month') return date.slice(0, 7);
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
