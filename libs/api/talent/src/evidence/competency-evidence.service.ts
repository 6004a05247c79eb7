import { Injectable } from '@nestjs/common';
import { AuditService, type Tx } from '@cadre/api/core';
import { CompetencyEvidenceRepository } from './competency-evidence.repository';

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
 * transaction, and talent closes the development needs it meets, with its own audit entry.
 */
@Injectable()
export class CompetencyEvidenceService {
  constructor(
    private readonly evidence: CompetencyEvidenceRepository,
    private readonly audit: AuditService,
  ) {}

  /** The latest level each person has shown in each competency, for readiness. */
  latestLevels(tx: Tx | null, employeeIds: string[]) {
    return this.evidence.latest(employeeIds, tx ?? undefined);
  }

  /** Records the levels shown and closes each open need whose target they reach. Answers the needs closed. */
  async record(
    tx: Tx,
    employeeId: string,
    source: EvidenceSource,
    levels: DemonstratedLevel[],
  ): Promise<string[]> {
    if (!levels.length) return [];
    const closed = await this.evidence.recordAndClose(tx, employeeId, source, levels);
    if (closed.length)
      await this.audit.record(tx, {
        action: 'development_need.close',
        entityType: 'employee',
        entityId: employeeId,
        after: { needs: closed.map((c) => c.id), evidence: source },
      });
    return closed.map((c) => c.id);
  }
}
