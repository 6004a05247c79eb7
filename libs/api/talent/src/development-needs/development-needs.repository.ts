import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@cadre/api/core';
import { DevelopmentNeedEntity } from './development-need.entity';

export interface DevelopmentNeedRow {
  id: string;
  competencyCode: string;
  nameEn: string;
  nameZh: string;
  currentLevel: string;
  targetLevel: number;
  gap: string;
  source: string;
  createdAt: Date;
}

@Injectable()
export class DevelopmentNeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(
    tx: Tx,
    needs: Omit<DevelopmentNeedEntity, 'id' | 'createdAt' | 'employee' | 'competency'>[],
  ): Promise<void> {
    if (needs.length) await tx.insert(DevelopmentNeedEntity, needs);
  }

  async forEmployee(employeeId: string): Promise<DevelopmentNeedRow[]> {
    const rows = (await this.dataSource.query(
      `select d.id, c.code, c.name_en, c.name_zh, trim_scale(d.current_level)::text as current_level, d.target_level,
              trim_scale(d.gap)::text as gap, d.source, d.created_at
         from development_needs d join competencies c on c.id = d.competency_id
        where d.employee_id = $1
        order by d.gap desc, c.name_en`,
      [employeeId],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r['id'] as string,
      competencyCode: r['code'] as string,
      nameEn: r['name_en'] as string,
      nameZh: r['name_zh'] as string,
      currentLevel: r['current_level'] as string,
      targetLevel: r['target_level'] as number,
      gap: r['gap'] as string,
      source: r['source'] as string,
      createdAt: r['created_at'] as Date,
    }));
  }
}
