import { Injectable } from '@nestjs/common';
import {
  AuditService,
  type AuditRecord,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { RoleProfilesService } from '@cadre/api/talent';
import type {
  CurriculumDto,
  CurriculumProgressDto,
  CurriculumRequest,
  FieldError,
  RecommendationDto,
} from '@cadre/shared/contracts';
import { today } from '../enrolments/enrolment.mapper';
import { LibraryRepository } from '../library/library.repository';
import { CurriculaRepository, type CurriculumItemRow } from './curricula.repository';
import { toCurriculumProgress } from './curriculum-steps';

export interface NewHireOnboarding {
  employeeId: string;
  roleProfileId: string | null;
  startDate: string;
}

/**
 * Curricula (learning paths) per role profile, assigned to people from a start date: at
 * hire, or by their manager or HR. Course steps are enrolments; task steps are signed off.
 */
@Injectable()
export class CurriculaService {
  constructor(
    private readonly curricula: CurriculaRepository,
    private readonly library: LibraryRepository,
    private readonly access: EmployeeAccess,
    private readonly profiles: RoleProfilesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CurriculumDto[]> {
    return toCurricula(await this.curricula.items({}));
  }

  async save(roleProfileId: string, request: CurriculumRequest): Promise<CurriculumDto> {
    await this.transactions.run(async (tx) => {
      const problems: FieldError[] = [];
      const courseIds = request.items.flatMap((i) => (i.kind === 'course' && i.courseId ? [i.courseId] : []));
      const published = await this.curricula.publishedCourseIds(tx, courseIds);
      const resources = await this.library.existing(
        tx,
        request.items.flatMap((i) => (i.kind === 'resource' && i.resourceId ? [i.resourceId] : [])),
      );
      const seen = new Set<string>();
      request.items.forEach((item, i) => {
        if (item.kind === 'course') {
          if (!item.courseId)
            problems.push({
              field: `items[${i}].courseId`,
              reason: 'a course step names its course',
              code: 'required',
            });
          else if (!published.has(item.courseId))
            problems.push({
              field: `items[${i}].courseId`,
              reason: 'names no published course',
              code: 'no_such_record',
            });
          else if (seen.has(item.courseId))
            problems.push({
              field: `items[${i}].courseId`,
              reason: 'is in this curriculum already',
              code: 'listed_twice',
            });
          if (item.courseId) seen.add(item.courseId);
        } else if (item.kind === 'resource') {
          if (!item.resourceId || !resources.has(item.resourceId))
            problems.push({
              field: `items[${i}].resourceId`,
              reason: item.resourceId ? 'names no library resource' : 'a resource step names its resource',
              code: item.resourceId ? 'no_such_record' : 'required',
            });
        } else if (!item.taskTitle) {
          problems.push({
            field: `items[${i}].taskTitle`,
            reason: 'a task step needs its title',
            code: 'required',
          });
        }
      });
      if (problems.length) throw new InvalidInputError(problems);
      // Talent says whether the profile exists (it has a current version when it does).
      if (!(await this.profiles.currentVersionId(tx, roleProfileId)))
        throw new NotFoundError('Role profile', roleProfileId);
      const { id, enrolled } = await this.curricula.save(tx, roleProfileId, request);
      await this.audit.recordMany(
        tx,
        enrolmentEntries(
          enrolled.map((e) => e.id),
          { curriculumId: id, origin: 'curriculum' },
        ),
      );
      await this.audit.record(tx, {
        action: 'curriculum.save',
        entityType: 'curriculum',
        entityId: id,
        after: {
          roleProfileId,
          title: request.title,
          sequential: request.sequential,
          steps: request.items.length,
        },
      });
    });
    const [saved] = toCurricula(await this.curricula.items({ roleProfileId }));
    if (!saved) throw new NotFoundError('Curriculum for role profile', roleProfileId);
    return saved;
  }

  /**
   * Inside mentorship's transaction, at a mentee's first check-in: their "meet your
   * mentor" steps are done, as of the day they met.
   */
  async recordMentorMeeting(tx: Tx, employeeId: string, on: string): Promise<number> {
    const done = await this.curricula.completeMentorSteps(tx, employeeId, on);
    await this.audit.recordMany(
      tx,
      done.map((d) => ({
        action: 'curriculum.mentor_met',
        entityType: 'curriculum_assignment',
        entityId: d.assignmentId,
        after: { itemId: d.itemId, on },
      })),
    );
    return done.length;
  }

  /**
   * Inside the hire's transaction: assigns the curriculum of the new employee's role
   * profile from their start date and enrols its courses. Nothing when the profile has none.
   */
  async enrolNewHire(
    tx: Tx,
    hire: NewHireOnboarding,
  ): Promise<{ curriculumId: string; enrolled: number } | null> {
    if (!hire.roleProfileId) return null;
    const [curriculum] = await this.curricula.items({ roleProfileId: hire.roleProfileId }, tx);
    if (!curriculum) return null;
    const assignment = await this.curricula.assign(tx, {
      employeeId: hire.employeeId,
      curriculumId: curriculum.curriculumId,
      startDate: hire.startDate,
      origin: 'hire',
      assignedByUserId: null,
    });
    await this.audit.record(tx, {
      action: 'curriculum.assign',
      entityType: 'curriculum_assignment',
      entityId: assignment.id,
      after: {
        employeeId: hire.employeeId,
        curriculumId: curriculum.curriculumId,
        origin: 'hire',
        enrolled: assignment.enrolled.length,
      },
    });
    await this.audit.recordMany(
      tx,
      enrolmentEntries(assignment.enrolled, { assignmentId: assignment.id, origin: 'hire' }),
    );
    return { curriculumId: curriculum.curriculumId, enrolled: assignment.enrolled.length };
  }

  /**
   * Inside another context's transaction (a promotion taking effect): assigns the curriculum
   * of the role profile someone now holds, from a date. Assigning again changes nothing;
   * nothing when the profile has no curriculum.
   */
  async assignForRole(
    tx: Tx,
    request: { employeeId: string; roleProfileId: string; startDate: string },
    origin: Record<string, string>,
  ): Promise<{ curriculumId: string; created: boolean } | null> {
    const [curriculum] = await this.curricula.items({ roleProfileId: request.roleProfileId }, tx);
    if (!curriculum) return null;
    const assignment = await this.curricula.assign(tx, {
      employeeId: request.employeeId,
      curriculumId: curriculum.curriculumId,
      startDate: request.startDate,
      origin: 'assigned',
      assignedByUserId: null,
    });
    if (assignment.created) {
      await this.audit.record(tx, {
        action: 'curriculum.assign',
        entityType: 'curriculum_assignment',
        entityId: assignment.id,
        after: { employeeId: request.employeeId, curriculumId: curriculum.curriculumId, ...origin },
      });
      await this.audit.recordMany(
        tx,
        enrolmentEntries(assignment.enrolled, { assignmentId: assignment.id, ...origin }),
      );
    }
    return { curriculumId: curriculum.curriculumId, created: assignment.created };
  }

  /** A manager (their subtree) or HR (anyone) assigns a role profile's curriculum. */
  async assign(
    principal: Principal,
    request: { employeeId: string; roleProfileId: string; startDate: string },
  ): Promise<CurriculumProgressDto> {
    await this.access.assertCanSee(principal, request.employeeId);
    const id = await this.transactions.run(async (tx) => {
      const [curriculum] = await this.curricula.items({ roleProfileId: request.roleProfileId }, tx);
      if (!curriculum) throw new NotFoundError('Curriculum for role profile', request.roleProfileId);
      const assignment = await this.curricula.assign(tx, {
        employeeId: request.employeeId,
        curriculumId: curriculum.curriculumId,
        startDate: request.startDate,
        origin: 'assigned',
        assignedByUserId: principal.userId,
      });
      if (assignment.created) {
        await this.audit.record(tx, {
          action: 'curriculum.assign',
          entityType: 'curriculum_assignment',
          entityId: assignment.id,
          after: {
            employeeId: request.employeeId,
            curriculumId: curriculum.curriculumId,
            origin: 'assigned',
          },
        });
        await this.audit.recordMany(
          tx,
          enrolmentEntries(assignment.enrolled, { assignmentId: assignment.id, origin: 'assigned' }),
        );
      }
      return assignment.id;
    });
    const [progress] = toCurriculumProgress(await this.curricula.steps({ assignmentId: id }), today());
    if (!progress) throw new NotFoundError('Curriculum assignment', id);
    return progress;
  }

  /** The learner's manager (or HR) signs off a task step; signing off again changes nothing. */
  async signOff(principal: Principal, assignmentId: string, itemId: string): Promise<CurriculumProgressDto> {
    // Whose path it is never changes: who may sign off is decided before the transaction.
    const [seen] = toCurriculumProgress(await this.curricula.steps({ assignmentId }), today());
    if (!seen) throw new NotFoundError('Curriculum assignment', assignmentId);
    if (seen.employeeId === principal.employeeId)
      throw new ForbiddenError('Your own tasks are signed off by your manager');
    await this.access.assertCanSee(principal, seen.employeeId);
    await this.transactions.run(async (tx) => {
      // The steps as they are now, with the path locked against a curriculum save meanwhile.
      await this.curricula.lockAssignment(tx, assignmentId);
      const [progress] = toCurriculumProgress(await this.curricula.steps({ assignmentId }, tx), today());
      const step = progress?.steps.find((s) => s.itemId === itemId);
      if (!step || step.kind !== 'task') throw new NotFoundError('Task', itemId);
      if (step.status === 'locked')
        throw new ConflictError('The steps before this one are not done yet', 'step_locked');
      if (await this.curricula.signOff(tx, assignmentId, itemId, principal.userId))
        await this.audit.record(tx, {
          action: 'curriculum.sign_off',
          entityType: 'curriculum_assignment',
          entityId: assignmentId,
          after: { itemId, task: step.title },
        });
    });
    const [after] = toCurriculumProgress(await this.curricula.steps({ assignmentId }), today());
    return after ?? seen;
  }

  async progressOf(employeeId: string): Promise<CurriculumProgressDto[]> {
    return toCurriculumProgress(await this.curricula.steps({ employeeId }), today());
  }

  /** True when the enrolment is a step of a sequential curriculum whose earlier required steps are not done. */
  async isLocked(tx: Tx | null, enrolmentId: string): Promise<boolean> {
    const assignmentId = await this.curricula.assignmentOfEnrolment(enrolmentId, tx ?? undefined);
    if (!assignmentId) return false;
    const [progress] = toCurriculumProgress(
      await this.curricula.steps({ assignmentId }, tx ?? undefined),
      today(),
    );
    return progress?.steps.some((s) => s.enrolmentId === enrolmentId && s.status === 'locked') ?? false;
  }

  async recommendations(employeeId: string): Promise<RecommendationDto[]> {
    const rows = await this.curricula.recommendations(employeeId);
    const byCompetency = new Map<string, RecommendationDto>();
    for (const r of rows) {
      const entry = byCompetency.get(r.competencyCode) ?? {
        competencyCode: r.competencyCode,
        competencyName: { en: r.nameEn, zh: r.nameZh },
        targetLevel: r.targetLevel,
        courses: [],
      };
      if (!entry.courses.some((c) => c.courseId === r.courseId))
        entry.courses.push({
          courseId: r.courseId,
          code: r.courseCode,
          title: { en: r.titleEn, zh: r.titleZh },
          level: r.level,
          enrolmentId: r.enrolmentId,
        });
      byCompetency.set(r.competencyCode, entry);
    }
    return [...byCompetency.values()];
  }
}

function toCurricula(rows: CurriculumItemRow[]): CurriculumDto[] {
  const byId = new Map<string, CurriculumDto>();
  for (const r of rows) {
    const curriculum = byId.get(r.curriculumId) ?? {
      id: r.curriculumId,
      roleProfileId: r.roleProfileId,
      title: { en: r.titleEn, zh: r.titleZh },
      sequential: r.sequential,
      items: [],
    };
    if (r.itemId && r.kind)
      curriculum.items.push({
        id: r.itemId,
        kind: r.kind,
        courseId: r.courseId,
        courseCode: r.courseCode,
        courseTitle: r.courseTitleEn && r.courseTitleZh ? { en: r.courseTitleEn, zh: r.courseTitleZh } : null,
        taskTitle: r.taskTitleEn && r.taskTitleZh ? { en: r.taskTitleEn, zh: r.taskTitleZh } : null,
        resourceId: r.resourceId,
        resourceTitle:
          r.resourceTitleEn && r.resourceTitleZh ? { en: r.resourceTitleEn, zh: r.resourceTitleZh } : null,
        dueOffsetDays: r.dueOffsetDays ?? 0,
        required: r.required ?? true,
      });
    byId.set(r.curriculumId, curriculum);
  }
  return [...byId.values()];
}

/** One audit entry per enrolment a curriculum made, saying which path made it. */
function enrolmentEntries(enrolmentIds: string[], via: Record<string, string>): AuditRecord[] {
  return enrolmentIds.map((id) => ({
    action: 'enrolment.create',
    entityType: 'enrolment',
    entityId: id,
    after: via,
  }));
}
