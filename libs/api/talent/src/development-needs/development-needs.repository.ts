import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import { DevelopmentNeedEntity } from './development-need.entity';

/** A development need as the query answers it (its columns aliased to these names). */
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
  closedAt: Date | null;
  closedBySource: string | null;
}

@Injectable()
export class DevelopmentNeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(
    tx: Tx,
    needs: Pick<
      DevelopmentNeedEntity,
      'employeeId' | 'source' | 'applicationId' | 'competencyId' | 'currentLevel' | 'targetLevel' | 'gap'
    >[],
  ): Promise<void> {
    if (needs.length) await tx.insert(DevelopmentNeedEntity, needs);
  }

  forEmployee(employeeId: string): Promise<DevelopmentNeedRow[]> {
    return selectRows<DevelopmentNeedRow>(
      this.dataSource.manager,
      `select d.id, c.code as "competencyCode", c.name_en as "nameEn", c.name_zh as "nameZh",
              trim_scale(d.current_level)::text as "currentLevel", d.target_level as "targetLevel",
              trim_scale(d.gap)::text as gap, d.source, d.created_at as "createdAt",
              d.closed_at as "closedAt", ev.source_label as "closedBySource"
         from development_needs d join competencies c on c.id = d.competency_id
         left join competency_evidence ev on ev.id = d.closing_evidence_id
        where d.employee_id = $1
        order by d.closed_at is not null, d.gap desc, c.name_en`,
      [employeeId],
    );
  }
}
