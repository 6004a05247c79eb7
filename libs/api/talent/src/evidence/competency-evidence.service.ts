import { Injectable } from '@nestjs/common';
import { selectRows, type Tx } from '@cadre/api/core';

export interface EvidenceSource {
  kind: string;
  id: string | null;
  label: string;
}

export interface DemonstratedLevel {
  competencyId: string;
  level: number;
}

/**
 * Competency evidence: other contexts record what someone has shown, in their own
 * transaction, and talent closes the development needs it meets.
 */
@Injectable()
export class CompetencyEvidenceService {
  /**
   * Records the levels shown and closes each open need whose target they reach, in one
   * statement. Returns the ids of the needs it closed.
   */
  async record(
    tx: Tx,
    employeeId: string,
    source: EvidenceSource,
    levels: DemonstratedLevel[],
  ): Promise<string[]> {
    if (!levels.length) return [];
    const closed = await selectRows<{ id: string }>(
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
       returning d.id`,
      [
        employeeId,
        source.kind,
        source.id,
        source.label,
        levels.map((l) => l.competencyId),
        levels.map((l) => l.level),
      ],
    );
    return closed.map((c) => c.id);
  }
}
