import { addDaysIso } from '@cadre/shared/util';

/** The first month of a pairing, when check-ins come at the first month's cadence. */
export const FIRST_MONTH_DAYS = 28;

export interface Cadence {
  started_on: string | null;
  first_month_cadence_days: number;
  cadence_days: number;
}

/** The meeting after one on `day`: the first month's cadence while in it, the usual one after. */
export function nextMeeting(day: string, pairing: Cadence): string {
  const firstMonth = pairing.started_on !== null && day < addDaysIso(pairing.started_on, FIRST_MONTH_DAYS);
  return addDaysIso(day, firstMonth ? pairing.first_month_cadence_days : pairing.cadence_days);
}
