import { minorUnits } from '@cadre/shared/util';
import type { MetricUnit } from '@cadre/shared/contracts';

/** The most decimals a metric's value may carry: money to its currency's minor unit (as the engine rounds), counts whole. */
export function metricScale(metric: { unit: MetricUnit; currency: string | null }): number {
  if (metric.unit === 'money') return minorUnits(metric.currency ?? '');
  if (metric.unit === 'count') return 0;
  return 4;
}
