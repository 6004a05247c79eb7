import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  NotificationsService,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess, PeopleLookup } from '@cadre/api/identity';
import type {
  CatalogueCourseDto,
  CertificationDto,
  EnrolRequest,
  EnrolmentSummaryDto,
  ItemProgressRequest,
  LearnerCourseDto,
  LearnerQuizDto,
  LearningReportDto,
  MyLearningDto,
  TeamLearningDto,
} from '@cadre/shared/contracts';
import { toCatalogueCourse } from '../courses/course.mapper';
import { CoursesRepository } from '../courses/courses.repository';
import { fileReferences } from '../courses/course-document';
import { CurriculaService } from '../curricula/curricula.service';
import { LearningFilesRepository } from '../files/learning-files.repository';
import { LibraryService } from '../library/library.service';
import { QuizAttemptsRepository } from '../quizzes/quiz-attempts.repository';
import { CourseCompletion } from './course-completion';
import { toEnrolmentSummary, today } from './enrolment.mapper';
import { TeamLearningRepository, type LearnerScope } from './team-learning.repository';
import { EnrolmentsRepository } from './enrolments.repository';

/** Who learns what: enrolling, assigning, a learner's courses and their progress. */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly courses: CoursesRepository,
    private readonly attempts: QuizAttemptsRepository,
    private readonly completion: CourseCompletion,
    private readonly curricula: CurriculaService,
    private readonly team: TeamLearningRepository,
    private readonly files: LearningFilesRepository,
    private readonly library: LibraryService,
    private readonly access: EmployeeAccess,
    private readonly people: PeopleLookup,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Published courses, with the caller's enrolment in each. */
  async catalogue(principal: Principal): Promise<CatalogueCourseDto[]> {
    const published = await this.courses.versions({ status: 'published' });
    const [competencies, mine] = await Promise.all([
      this.courses.competenciesOf(published.map((v) => v.id)),
      this.enrolments.publishedCourseIdsWithEnrolment(principal.employeeId),
    ]);
    const enrolmentOf = new Map(mine.map((m) => [m.versionId, m.enrolmentId]));
    return published.map((v) =>
      toCatalogueCourse(
        v,
        competencies.filter((c) => c.courseVersionId === v.id),
        enrolmentOf.get(v.id) ?? null,
      ),
    );
  }

  /**
   * Enrols the caller, or (assigning) someone in the part of the organisation the caller
   * may see: a manager their subtree, HR anyone. Enrolling someone already enrolled
   * answers their open enrolment and changes nothing.
   */
  async enrol(principal: Principal, request: EnrolRequest): Promise<EnrolmentSummaryDto> {
    const employeeId = request.employeeId ?? principal.employeeId;
    if (!employeeId)
      throw new ForbiddenError('Only employees take courses: this account has no employee record');
    const assigning = employeeId !== principal.employeeId;
    if (assigning) {
      if (!principal.permissions.includes('learning:assign'))
        throw new ForbiddenError('Only managers and HR assign courses to others');
      await this.access.assertCanSee(principal, employeeId);
    }
    const id = await this.transactions.run(async (tx) => {
      const [version] = await this.courses.versions(
        { courseIds: [request.courseId], status: 'published' },
        tx,
      );
      if (!version) {
        const [any] = await this.courses.versions({ courseIds: [request.courseId] }, tx);
        if (!any) throw new NotFoundError('Course', request.courseId);
        throw new ConflictError('This course is not published yet', 'not_published');
      }
      const enrolment = await this.enrolments.enrol(tx, {
        employeeId,
        courseId: request.courseId,
        courseVersionId: version.id,
        origin: assigning ? 'assigned' : 'self',
        assignedByUserId: assigning ? principal.userId : null,
        dueDate: request.dueDate ?? null,
      });
      if (enrolment.created && assigning) {
        const account = (await this.people.accountsOf(tx, [employeeId])).get(employeeId);
        if (account?.userId)
          await this.notifications.notify(tx, [
            {
              userId: account.userId,
              kind: 'learning.assigned',
              params: { titleEn: version.titleEn, titleZh: version.titleZh, date: request.dueDate ?? '' },
              link: `/learning/enrolments/${enrolment.id}`,
              dedupeKey: `learning.assigned:${enrolment.id}`,
            },
          ]);
      }
      if (enrolment.created)
        await this.audit.record(tx, {
          action: 'enrolment.create',
          entityType: 'enrolment',
          entityId: enrolment.id,
          after: {
            employeeId,
            courseCode: version.code,
            version: version.version,
            origin: assigning ? 'assigned' : 'self',
            dueDate: request.dueDate ?? null,
          },
        });
      return enrolment.id;
    });
    return this.summary(id);
  }

  async myLearning(principal: Principal): Promise<MyLearningDto> {
    if (!principal.employeeId)
      return { enrolments: [], certifications: [], curricula: [], recommendations: [], newResources: [] };
    return this.learningOf(principal.employeeId);
  }

  async forEmployee(principal: Principal, employeeId: string): Promise<MyLearningDto> {
    await this.access.assertCanSee(principal, employeeId);
    return this.learningOf(employeeId);
  }

  /** The learning of everyone the caller may see: a manager's subtree, HR everyone. */
  async teamLearning(principal: Principal): Promise<TeamLearningDto> {
    const scope = await this.learnerScope(principal);
    const on = today();
    const [people, courses] = await Promise.all([this.team.people(scope, on), this.team.courses(scope, on)]);
    return {
      peopleTotal: people[0]?.total ?? 0,
      people: people.map(({ total: _total, ...person }) => person),
      courses: courses.map(toCourseTakeUp),
    };
  }

  /**
   * Completion and overdue by org unit (each unit's subtree summed) and by course, for
   * everyone (HR) or the caller's subtree; a unit shows only what the caller may see.
   */
  async report(principal: Principal): Promise<LearningReportDto> {
    const scope = await this.learnerScope(principal);
    const on = today();
    const [units, courses] = await Promise.all([this.team.units(scope, on), this.team.courses(scope, on)]);
    const shown = scope.unitIds ? withoutPassThroughAncestors(units) : units;
    const top = shown.length ? Math.min(...shown.map((u) => u.depth)) : 0;
    return {
      asOf: on,
      units: shown.map((u) => ({ ...u, depth: u.depth - top })),
      courses: courses.map(toCourseTakeUp),
    };
  }

  /**
   * Everyone the caller may see, as the units they cover (a manager's units and those
   * below) and themself, so the figures read learning's per-unit counts rather than a list
   * of thousands of people.
   */
  private async learnerScope(principal: Principal): Promise<LearnerScope> {
    const units = await this.access.visibleUnits(principal);
    return units.all
      ? { unitIds: null, selfId: null }
      : { unitIds: units.ids, selfId: principal.employeeId ?? null };
  }

  /** One certification, for its certificate: its holder's own, a manager's subtree, HR anyone's. */
  async certification(principal: Principal, id: string): Promise<CertificationDto> {
    const [found] = await this.enrolments.certifications({ id });
    if (!found) throw new NotFoundError('Certification', id);
    if (found.employeeId !== principal.employeeId)
      await this.access.assertCanSee(principal, found.employeeId);
    return toCertification(found, new Date());
  }

  /** The course as its learner works through it: no question or answer key before an attempt. */
  async learnerCourse(principal: Principal, enrolmentId: string): Promise<LearnerCourseDto> {
    const [row] = await this.enrolments.summaries({ ids: [enrolmentId] });
    if (!row || row.employeeId !== principal.employeeId) throw new NotFoundError('Enrolment', enrolmentId);
    await this.assertOpen(null, enrolmentId);
    const [[version], done, attempts] = await Promise.all([
      this.courses.versions({ ids: [row.courseVersionId] }),
      this.enrolments.doneItemIds(enrolmentId),
      this.attempts.forEnrolment(enrolmentId),
    ]);
    if (!version) throw new NotFoundError('Course version', row.courseVersionId);
    const files = new Map(
      (await this.files.metadata(fileReferences(version.content).map((r) => r.fileId))).map((f) => [f.id, f]),
    );
    return {
      enrolment: toEnrolmentSummary(row),
      summary: { en: version.summaryEn, zh: version.summaryZh },
      certifying: version.certifying,
      modules: version.content.map((m) => ({
        id: m.id,
        title: m.title,
        items: m.items.map((item) => {
          let quiz: LearnerQuizDto | null = null;
          if (item.quiz) {
            const mine = attempts.filter((a) => a.itemId === item.id);
            const scores = mine.flatMap((a) => (a.scorePercent === null ? [] : [a.scorePercent]));
            const open = mine.find((a) => !a.submittedAt && (!a.deadline || a.deadline > new Date()));
            quiz = {
              drawCount: item.quiz.drawCount,
              passMarkPercent: item.quiz.passMarkPercent,
              maxAttempts: item.quiz.maxAttempts,
              timeLimitMinutes: item.quiz.timeLimitMinutes,
              questionCount: Math.min(item.quiz.drawCount, item.quiz.questions.length),
              attemptsUsed: mine.length,
              bestScorePercent: scores.length
                ? scores.reduce((a, b) => (new Decimal(b).greaterThan(a) ? b : a))
                : null,
              passed: mine.some((a) => a.passed === true),
              openAttemptId: open?.id ?? null,
            };
          }
          return {
            id: item.id,
            kind: item.kind,
            title: item.title,
            body: item.body,
            url: item.url,
            file: (item.fileId && files.get(item.fileId)) || null,
            estimatedMinutes: item.estimatedMinutes,
            done: done.has(item.id),
            quiz,
          };
        }),
      })),
    };
  }

  /**
   * Records time on an item and, unless it is a quiz (a quiz is done by passing it), that
   * it is done. Only ever moves forward, so repeating a write changes nothing; the last
   * item done completes the course.
   */
  async recordProgress(
    principal: Principal,
    enrolmentId: string,
    itemId: string,
    request: ItemProgressRequest,
  ): Promise<EnrolmentSummaryDto> {
    await this.transactions.run(async (tx) => {
      const enrolment = await this.enrolments.lock(tx, enrolmentId);
      if (!enrolment || enrolment.employeeId !== principal.employeeId)
        throw new NotFoundError('Enrolment', enrolmentId);
      await this.assertOpen(tx, enrolmentId);
      const [version] = await this.courses.versions({ ids: [enrolment.courseVersionId] }, tx);
      const item = version?.content.flatMap((m) => m.items).find((i) => i.id === itemId);
      if (!item) throw new NotFoundError('Course item', itemId);
      if (request.done && item.kind === 'quiz')
        throw new ConflictError('A quiz is done by passing it, not by marking it done', 'quiz_by_attempt');
      await this.enrolments.recordProgress(tx, enrolmentId, itemId, request.secondsSpent ?? 0, request.done);
      if (request.done) await this.completion.completeIfDone(tx, enrolment);
    });
    return this.summary(enrolmentId);
  }

  /** 409 when the course is a step of a sequential curriculum not yet reached. */
  private async assertOpen(tx: Tx | null, enrolmentId: string): Promise<void> {
    if (await this.curricula.isLocked(tx, enrolmentId))
      throw new ConflictError('Finish the steps before this one in your learning path first', 'step_locked');
  }

  private async summary(enrolmentId: string): Promise<EnrolmentSummaryDto> {
    const [row] = await this.enrolments.summaries({ ids: [enrolmentId] });
    if (!row) throw new NotFoundError('Enrolment', enrolmentId);
    return toEnrolmentSummary(row);
  }

  private async learningOf(employeeId: string): Promise<MyLearningDto> {
    const [rows, certifications, curricula, recommendations, newResources] = await Promise.all([
      this.enrolments.summaries({ employeeId }),
      this.enrolments.certifications({ employeeId }),
      this.curricula.progressOf(employeeId),
      this.curricula.recommendations(employeeId),
      this.library.whatsNew(null, employeeId),
    ]);
    const now = new Date();
    return {
      enrolments: rows.map((r) => toEnrolmentSummary(r)),
      curricula,
      recommendations,
      certifications: certifications.map((c) => toCertification(c, now)),
      newResources,
    };
  }
}

function toCertification(
  c: Awaited<ReturnType<EnrolmentsRepository['certifications']>>[number],
  now: Date,
): CertificationDto {
  return {
    id: c.id,
    code: c.code,
    title: { en: c.titleEn, zh: c.titleZh },
    employeeId: c.employeeId,
    employeeName: c.employeeName,
    issuedAt: c.issuedAt.toISOString(),
    expiresAt: c.expiresAt?.toISOString() ?? null,
    expired: c.expiresAt !== null && c.expiresAt <= now,
    renewalEnrolmentId: c.renewalEnrolmentId,
  };
}

function toCourseTakeUp(
  c: Awaited<ReturnType<TeamLearningRepository['courses']>>[number],
): TeamLearningDto['courses'][number] {
  return {
    courseId: c.courseId,
    code: c.code,
    title: { en: c.titleEn, zh: c.titleZh },
    enrolled: c.enrolled,
    completed: c.completed,
    overdue: c.overdue,
  };
}

/**
 * A manager's people sit in their own subtree, so the units above it (company, region)
 * would only repeat the subtree's figures: drop each top unit whose one child carries
 * exactly its numbers, until the report starts where the manager's part does.
 */
export function withoutPassThroughAncestors<
  T extends { unitId: string; parentId: string | null; enrolled: number },
>(units: T[]): T[] {
  let shown = units;
  for (;;) {
    const ids = new Set(shown.map((u) => u.unitId));
    const roots = shown.filter((u) => !u.parentId || !ids.has(u.parentId));
    const root = roots[0];
    if (roots.length !== 1 || !root) return shown;
    const children = shown.filter((u) => u.parentId === root.unitId);
    const [only] = children;
    if (children.length !== 1 || !only || only.enrolled !== root.enrolled) return shown;
    shown = shown.filter((u) => u !== root);
  }
}
