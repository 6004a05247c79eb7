import { Injectable } from '@nestjs/common';
import { AuditService, type Tx } from '@cadre/api/core';
import { CompetencyEvidenceService } from '@cadre/api/talent';
import { CoursesRepository } from '../courses/courses.repository';
import { EnrolmentsRepository } from './enrolments.repository';

/**
 * Completing a course, inside the transaction that did its last item: the enrolment is
 * marked done, talent records the competency levels the course brings (closing the needs
 * they meet), and a certifying course issues its certification. Each happens once.
 */
@Injectable()
export class CourseCompletion {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly courses: CoursesRepository,
    private readonly evidence: CompetencyEvidenceService,
    private readonly audit: AuditService,
  ) {}

  /** Completes the enrolment (locked by the caller) when every item is done; true when it did now. */
  async completeIfDone(
    tx: Tx,
    enrolment: { id: string; employeeId: string; courseVersionId: string; completedAt: Date | null },
  ): Promise<boolean> {
    if (enrolment.completedAt) return false;
    const [version] = await this.courses.versions({ ids: [enrolment.courseVersionId] }, tx);
    if (!version) throw new Error(`course version ${enrolment.courseVersionId} is missing`);
    const done = await this.enrolments.doneItemIds(enrolment.id, tx);
    const items = version.content.flatMap((m) => m.items);
    if (!items.every((item) => done.has(item.id))) return false;

    await this.enrolments.markCompleted(tx, enrolment.id);
    const closedNeeds = await this.evidence.record(
      tx,
      enrolment.employeeId,
      { kind: 'course', id: enrolment.id, label: version.code },
      await this.courses.levelsOf(tx, version.id),
    );
    if (version.certifying)
      await this.enrolments.issueCertification(tx, {
        employeeId: enrolment.employeeId,
        code: version.code,
        courseVersionId: version.id,
        enrolmentId: enrolment.id,
        validityMonths: version.validityMonths,
      });
    await this.audit.record(tx, {
      action: 'enrolment.complete',
      entityType: 'enrolment',
      entityId: enrolment.id,
      after: {
        courseCode: version.code,
        version: version.version,
        certified: version.certifying,
        closedDevelopmentNeeds: closedNeeds,
      },
    });
    return true;
  }
}
