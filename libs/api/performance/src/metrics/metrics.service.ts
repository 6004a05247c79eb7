import { Injectable } from '@nestjs/common';
import { AuditService, ConflictError, InvalidInputError, TransactionRunner } from '@cadre/api/core';
import type { CreateMetricRequest, MetricDto } from '@cadre/shared/contracts';
import { toMetricDto } from './metric.mapper';
import { MetricsRepository } from './metrics.repository';

/** What is measured. A metric's code is what files, targets and commission plans name. */
@Injectable()
export class MetricsService {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<MetricDto[]> {
    return (await this.metrics.all()).map(toMetricDto);
  }

  async create(request: CreateMetricRequest): Promise<MetricDto> {
    const currency = request.unit === 'money' ? (request.currency ?? null) : null;
    if (request.unit === 'money' && !currency)
      throw InvalidInputError.field('currency', 'A money metric names its currency', 'required');
    return this.transactions.run(async (tx) => {
      if (await this.metrics.findByCode(request.code, tx))
        throw new ConflictError(`A metric "${request.code}" exists already`, 'duplicate');
      const metric = await this.metrics.insert(tx, { ...request, currency });
      await this.audit.record(tx, {
        action: 'metric.create',
        entityType: 'metric',
        entityId: metric.id,
        after: toMetricDto(metric),
      });
      return toMetricDto(metric);
    });
  }
}
