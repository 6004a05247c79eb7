import { Injectable } from '@nestjs/common';
import { selectRows, type Tx } from '@cadre/api/core';
import type { DemonstratedLevel, EvidenceSource } from './competency-evidence.service';

@Injectable()
export class CompetencyEvidenceRepository {
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
