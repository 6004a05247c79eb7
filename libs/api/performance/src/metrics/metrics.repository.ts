import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@cadre/api/core';
import { MetricEntity } from './metric.entity';

@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(tx: Tx | null = null): Promise<MetricEntity[]> {
    return (tx ?? this.dataSource.manager).find(MetricEntity, { order: { position: 'ASC', code: 'ASC' } });
  }

  findByCode(code: string, tx: Tx | null = null): Promise<MetricEntity | null> {
    return (tx ?? this.dataSource.manager).findOneBy(MetricEntity, { code });
  }

  /** A new metric goes last. */
  async insert(tx: Tx, metric: Omit<MetricEntity, 'id' | 'createdAt' | 'position'>): Promise<MetricEntity> {
    const [{ next }] = (await tx.query(`select coalesce(max(position), 0) + 1 as next from metrics`)) as [
      { next: number },
    ];
    return tx.save(MetricEntity, tx.create(MetricEntity, { ...metric, position: next }));
  }
}
