import type { AssessmentDto, AssessmentStatus, ProfileCompetencyDto } from '@cadre/shared/contracts';
import type { AssessmentRow, RatingRow } from './assessments.repository';

/** Who reads an assessment: each side sees the other's ratings only once both have rated. */
export type AssessmentViewer = 'employee' | 'manager' | 'hr';

export function assessmentStatus(row: AssessmentRow): AssessmentStatus {
  if (row.agreedAt) return 'agreed';
  if (row.selfSubmittedAt && row.managerSubmittedAt) return 'both_done';
  if (row.selfSubmittedAt) return 'self_done';
  if (row.managerSubmittedAt) return 'manager_done';
  return 'open';
}

export function toAssessmentDto(
  row: AssessmentRow,
  competencies: ProfileCompetencyDto[],
  ratings: RatingRow[],
  viewer: AssessmentViewer,
): AssessmentDto {
  const status = assessmentStatus(row);
  const bothDone = status === 'both_done' || status === 'agreed';
  const showSelf = viewer !== 'manager' || bothDone;
  const showManager = viewer !== 'employee' || bothDone;
  const byCompetency = new Map(ratings.map((r) => [r.competencyId, r]));
  return {
    id: row.id,
    cycleId: row.cycleId,
    cycleName: row.cycleName,
    dueOn: row.dueOn,
    employeeId: row.employeeId,
    fullName: row.fullName,
    status,
    agreedAt: row.agreedAt?.toISOString() ?? null,
    ratings: competencies.map((c) => {
      const r = byCompetency.get(c.competencyId);
      const selfLevel = showSelf ? (r?.selfLevel ?? null) : null;
      const managerLevel = showManager ? (r?.managerLevel ?? null) : null;
      return {
        competencyId: c.competencyId,
        competencyName: c.competencyName,
        target: c.targetLevel,
        selfLevel,
        selfEvidence: showSelf ? (r?.selfEvidence ?? null) : null,
        managerLevel,
        managerEvidence: showManager ? (r?.managerEvidence ?? null) : null,
        agreedLevel: r?.agreedLevel ?? null,
        flagged: selfLevel !== null && managerLevel !== null && Math.abs(selfLevel - managerLevel) >= 2,
      };
    }),
  };
}
