import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@cadre/api/core';
import { MetricEntity } from './metric.entity';

@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(tx: Tx | null = null): Promise<MetricEntity[]> {
    return (tx ?? this.dataSource.manager).find(MetricEntity, { order: { code: 'ASC' } });
  }

  findByCode(code: string, tx: Tx | null = null): Promise<MetricEntity | null> {
    return (tx ?? this.dataSource.manager).findOneBy(MetricEntity, { code });
  }

  async insert(tx: Tx, metric: Omit<MetricEntity, 'id' | 'createdAt'>): Promise<MetricEntity> {
    return tx.save(MetricEntity, tx.create(MetricEntity, metric));
  }
}
