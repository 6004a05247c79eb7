import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { DemonstratedLevel, EvidenceSource } from './competency-evidence.service';

@Injectable()
export class CompetencyEvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest level shown per person and competency (ties: the higher level). */
  latest(employeeIds: string[], tx?: Tx) {
    return selectRows<{ employeeId: string; competencyId: string; level: number }>(
      tx ?? this.dataSource.manager,
      `select distinct on (employee_id, competency_id) employee_id as "employeeId",
              competency_id as "competencyId", level
         from competency_evidence where employee_id = any($1::uuid[])
        order by employee_id, competency_id, recorded_at desc, level desc`,
      [employeeIds],
    );
  }

  /**
   * Inserts the evidence and closes each open need whose target it reaches, in one
   * statement. Answers the needs it closed.
   */
  recordAndClose(
    tx: Tx,
    employeeId: string,
    source: EvidenceSource,
    levels: DemonstratedLevel[],
  ): Promise<{ id: string; competencyId: string }[]> {
    return selectRows<{ id: string; competencyId: string }>(
      tx,
      `with evidence as (
         insert into competency_evidence (employee_id, competency_id, level, source_kind, source_id, source_label)
         select $1, t.competency_id, t.level, $2, $3, $4
           from unnest($5::uuid[], $6::smallint[]) as t(competency_id, level)
         returning id, competency_id, level)
       update development_needs d
          set closed_at = now(), closing_evidence_id = e.id
         from evidence e
        where d.employee_id = $1 and d.closed_at is null
          and d.competency_id = e.competency_id and d.target_level <= e.level
       returning d.id, d.competency_id as "competencyId"`,
      [
        employeeId,
        source.kind,
        source.id,
        source.label,
        levels.map((l) => l.competencyId),
        levels.map((l) => l.level),
      ],
    );
  }
}
