import type { CheckInDto, MentorshipGoalDto, PairingDto } from '@cadre/shared/contracts';
import type { CheckInRow, GoalRow, PairingRow } from './pairings.repository';

export type PairingPart = PairingDto['myPart'];

export function toPairing(row: PairingRow, myPart: PairingPart, today: string): PairingDto {
  return {
    id: row.id,
    status: row.status,
    mentor: {
      employeeId: row.mentor_id,
      fullName: row.mentor_name,
      jobTitle: row.mentor_title,
      orgUnitName: row.mentor_unit,
    },
    mentee: {
      employeeId: row.mentee_id,
      fullName: row.mentee_name,
      jobTitle: row.mentee_title,
      orgUnitName: row.mentee_unit,
    },
    crossUnit: row.cross_unit,
    proposedAt: row.proposed_at.toISOString(),
    startedOn: row.started_on,
    endedOn: row.ended_on,
    statusReason: row.status_reason,
    statusChangedBy: row.status_changed_by,
    firstMonthCadenceDays: row.first_month_cadence_days,
    cadenceDays: row.cadence_days,
    nextCheckInOn: row.next_check_in_on,
    overdue: row.status === 'active' && row.next_check_in_on !== null && row.next_check_in_on < today,
    lastCheckInOn: row.last_check_in_on,
    checkInCount: row.check_in_count,
    myPart,
  };
}

export function toGoal(row: GoalRow): MentorshipGoalDto {
  return {
    id: row.id,
    title: row.title,
    competency:
      row.competency_id && row.competency_code
        ? {
            id: row.competency_id,
            code: row.competency_code,
            name: { en: row.competency_en ?? '', zh: row.competency_zh ?? '' },
          }
        : null,
    course:
      row.course_id && row.course_code
        ? {
            id: row.course_id,
            code: row.course_code,
            title: { en: row.course_en ?? '', zh: row.course_zh ?? '' },
          }
        : null,
    targetDate: row.target_date,
    progress: row.progress,
    updatedAt: row.progress_changed_at.toISOString(),
  };
}

export function toCheckIn(row: CheckInRow): CheckInDto {
  return {
    id: row.id,
    heldOn: row.held_on,
    authorName: row.author_name,
    sharedNotes: row.shared_notes,
    privateNotes: row.private_notes,
    goalProgress: row.goals,
    nextDate: row.next_date,
  };
}
