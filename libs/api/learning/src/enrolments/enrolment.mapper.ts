import type { EnrolmentStatus, EnrolmentSummaryDto } from '@cadre/shared/contracts';
import type { EnrolmentRow } from './enrolments.repository';

/** Today as the server's calendar has it (UTC), yyyy-mm-dd, for due dates. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `on` is a calendar day (yyyy-mm-dd); a certification expires at its instant. */
export function enrolmentStatus(
  row: Pick<EnrolmentRow, 'completedAt' | 'dueDate' | 'startedAt'> &
    Partial<Pick<EnrolmentRow, 'certificationExpiresAt'>>,
  on: string,
  now = new Date(),
): EnrolmentStatus {
  if (row.completedAt)
    return row.certificationExpiresAt && row.certificationExpiresAt <= now ? 'expired' : 'completed';
  if (row.dueDate && row.dueDate < on) return 'overdue';
  return row.startedAt ? 'in-progress' : 'not-started';
}

export function toEnrolmentSummary(row: EnrolmentRow, on = today()): EnrolmentSummaryDto {
  return {
    id: row.id,
    employeeId: row.employeeId,
    courseId: row.courseId,
    courseCode: row.courseCode,
    title: { en: row.titleEn, zh: row.titleZh },
    category: row.category,
    origin: row.origin,
    status: enrolmentStatus(row, on),
    progressPercent: row.itemsTotal ? Math.floor((row.itemsDone * 100) / row.itemsTotal) : 0,
    itemsDone: row.itemsDone,
    itemsTotal: row.itemsTotal,
    dueDate: row.dueDate,
    enrolledAt: row.enrolledAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    nextItemId: row.nextItem?.id ?? null,
    nextItemTitle: row.nextItem?.title ?? null,
  };
}
