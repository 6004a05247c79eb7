import Decimal from 'decimal.js';
import type { AttainmentFigureDto, MetricDto } from '@cadre/shared/contracts';
import { saveFile } from '@cadre/web/core';

/**
 * A metric's value as its reader writes numbers: money with its currency, counts whole.
 * Decimal strings are formatted as strings (Intl takes them exactly), never through a float.
 */
export function formatMetricValue(
  value: string | null,
  metric: MetricDto | undefined,
  locale: string,
): string {
  if (value === null) return '—';
  const options: Intl.NumberFormatOptions =
    metric?.unit === 'money'
      ? { style: 'currency', currency: metric.currency ?? 'CNY', maximumFractionDigits: 0 }
      : metric?.unit === 'percentage'
        ? { maximumFractionDigits: 2 }
        : { maximumFractionDigits: 1 };
  return new Intl.NumberFormat(locale, options).format(value as Intl.StringNumericLiteral);
}

/** Attainment as a whole percentage ("85%"), or a dash without a target. */
export function formatAttainment(ratio: string | null, locale: string): string {
  if (ratio === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    new Decimal(ratio).toString() as Intl.StringNumericLiteral,
  );
}

/** Colour band of an attainment for the heatmap and the cards. */
export function attainmentBand(ratio: string | null): 'none' | 'low' | 'mid' | 'high' {
  if (ratio === null) return 'none';
  const r = new Decimal(ratio);
  return r.gte(1) ? 'high' : r.gte('0.8') ? 'mid' : 'low';
}

export function figureOf(figures: AttainmentFigureDto[], code: string): AttainmentFigureDto | undefined {
  return figures.find((f) => f.metricCode === code);
}

/** A CSV export (text) or a file the server made (a Blob), saved under its name. */
export function download(name: string, content: Blob | string): void {
  saveFile(
    typeof content === 'string' ? new Blob([content], { type: 'text/csv;charset=utf-8' }) : content,
    name,
  );
}
