import { computed, inject, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { FiscalCalendarDto, FiscalPeriodDto } from '@cadre/shared/contracts';
import { todayIso } from '@cadre/shared/util';
import { PerformanceApi } from '@cadre/web/performance/data-access';

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

/**
 * A page's chosen fiscal period: the calendar, the periods offered, the key chosen (this
 * quarter until the reader picks another) and that period. Call in a component's field
 * initialisers (it injects the API).
 */
export function periodSelection() {
  const api = inject(PerformanceApi);
  const calendar = rxResource({ stream: () => api.calendar() });
  const choices = computed(() =>
    calendar.hasValue() ? periodChoices(calendar.value(), todayIso()) : { periods: [], current: '' },
  );
  const key = linkedSignal(() => choices().current);
  const selected = computed(() => choices().periods.find((p) => p.key === key()));
  return { calendar, choices, key, selected };
}
