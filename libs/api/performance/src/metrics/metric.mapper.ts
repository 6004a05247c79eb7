import type { MetricDto } from '@cadre/shared/contracts';
import type { MetricEntity } from './metric.entity';

export function toMetricDto(m: MetricEntity): MetricDto {
  return {
    id: m.id,
    code: m.code,
    nameEn: m.nameEn,
    nameZh: m.nameZh,
    unit: m.unit,
    currency: m.currency,
    aggregation: m.aggregation,
    higherIsBetter: m.higherIsBetter,
  };
}
