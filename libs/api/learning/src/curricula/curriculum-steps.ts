import type { CurriculumProgressDto, CurriculumStepStatus } from '@cadre/shared/contracts';
import type { StepRow } from './curricula.repository';

/**
 * Each assignment's steps with their status: done (the course completed, the resource
 * opened, or the task signed off), locked (a sequential curriculum with a required step before it not done), overdue,
 * or open (a task: awaiting the manager's sign-off).
 */
export function toCurriculumProgress(rows: StepRow[], today: string): CurriculumProgressDto[] {
  const byAssignment = new Map<string, StepRow[]>();
  for (const row of rows)
    byAssignment.set(row.assignmentId, [...(byAssignment.get(row.assignmentId) ?? []), row]);
  return [...byAssignment.values()].map((steps) => {
    const first = steps[0] as StepRow;
    let blocked = false;
    const shaped = steps.map((s) => {
      const done =
        s.kind === 'course'
          ? s.completedAt !== null
          : s.kind === 'resource'
            ? s.readAt !== null
            : // A task is signed off by the manager; a mentor step by the first check-in.
              s.signedOffAt !== null;
      let status: CurriculumStepStatus;
      if (done) status = 'done';
      else if (first.sequential && blocked) status = 'locked';
      else if (s.dueDate < today) status = 'overdue';
      else status = s.kind === 'task' ? 'awaiting-sign-off' : 'open';
      if (!done && s.required) blocked = true;
      return {
        itemId: s.itemId,
        kind: s.kind,
        title: { en: s.stepTitleEn, zh: s.stepTitleZh },
        dueDate: s.dueDate,
        required: s.required,
        status,
        enrolmentId: s.enrolmentId,
        resourceId: s.resourceId,
        signedOffAt: s.signedOffAt?.toISOString() ?? null,
        signedOffBy: s.signedOffBy,
      };
    });
    return {
      assignmentId: first.assignmentId,
      employeeId: first.employeeId,
      title: { en: first.titleEn, zh: first.titleZh },
      startDate: first.startDate,
      sequential: first.sequential,
      stepsDone: shaped.filter((s) => s.status === 'done').length,
      stepsTotal: shaped.length,
      steps: shaped,
    };
  });
}
