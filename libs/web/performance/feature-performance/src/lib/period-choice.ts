import type { FiscalCalendarDto, FiscalPeriodDto } from '@cadre/shared/contracts';

/** The months, quarters and years a screen offers, the one containing today first chosen. */
export function periodChoices(
  calendar: FiscalCalendarDto,
  today: string,
): { periods: FiscalPeriodDto[]; current: string } {
  const periods = [...calendar.periods].sort(
    (a, b) => b.startsOn.localeCompare(a.startsOn) || order(a.kind) - order(b.kind),
  );
  const current =
    periods.find((p) => p.kind === 'quarter' && p.startsOn <= today && today <= p.endsOn)?.key ??
    periods[0]?.key ??
    '';
  return { periods: periods.filter((p) => p.startsOn <= today), current };
}

const order = (kind: string) => (kind === 'year' ? 0 : kind === 'quarter' ? 1 : 2);
