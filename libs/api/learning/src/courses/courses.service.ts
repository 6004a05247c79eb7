import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Tx,
} from '@cadre/api/core';
import { CompetenciesService } from '@cadre/api/talent';
import type {
  CourseContentRequest,
  CourseDto,
  CreateCourseRequest,
  FieldError,
} from '@cadre/shared/contracts';
import { LearningFilesRepository } from '../files/learning-files.repository';
import { countItems, fileReferences, prepareCourseDocument } from './course-document';
import { toCourseVersionDto } from './course.mapper';
import { CoursesRepository } from './courses.repository';

/**
 * Authoring: a course is created as a draft, the draft is saved as often as needed, and
 * publishing freezes it. Editing a published course starts the next version's draft.
 */
@Injectable()
export class CoursesService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly competencies: CompetenciesService,
    private readonly files: LearningFilesRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CourseDto[]> {
    const latest = await this.courses.versions({ latestOnly: true });
    return this.toCourses(latest.map((v) => v.courseId));
  }

  async get(courseId: string): Promise<CourseDto> {
    const [course] = await this.toCourses([courseId]);
    if (!course) throw new NotFoundError('Course', courseId);
    return course;
  }

  async create(request: CreateCourseRequest): Promise<CourseDto> {
    const courseId = await this.transactions.run(async (tx) => {
      const document = await this.prepare(tx, request);
      if (await this.courses.codeTaken(tx, request.code))
        throw new ConflictError(`A course with the code ${request.code} already exists`, 'code_taken');
      const id = await this.courses
        .insertCourse(tx, { code: request.code, category: request.category })
        .catch((error: { code?: string }) => {
          // Two creates of one code at once: the second meets the unique key, not the check.
          if (error.code === '23505')
            throw new ConflictError(`A course with the code ${request.code} already exists`, 'code_taken');
          throw error;
        });
      await this.courses.insertVersion(
        tx,
        { ...document.version, courseId: id, version: 1, status: 'draft' },
        request.competencies,
      );
      await this.audit.record(tx, {
        action: 'course.create',
        entityType: 'course',
        entityId: id,
        after: { code: request.code, category: request.category, title: request.title },
      });
      return id;
    });
    return this.get(courseId);
  }

  /** Saves the draft: the existing one in place, or a new version after the published one. */
  async saveDraft(courseId: string, request: CourseContentRequest): Promise<CourseDto> {
    await this.transactions.run(async (tx) => {
      if (!(await this.courses.lockCourse(tx, courseId))) throw new NotFoundError('Course', courseId);
      const document = await this.prepare(tx, request);
      const [latest] = await this.courses.versions({ courseIds: [courseId], latestOnly: true }, tx);
      if (latest?.status === 'draft') {
        await this.courses.updateDraft(tx, latest.id, document.version, request.competencies);
      } else {
        await this.courses.insertVersion(
          tx,
          { ...document.version, courseId, version: (latest?.version ?? 0) + 1, status: 'draft' },
          request.competencies,
        );
      }
      await this.audit.record(tx, {
        action: 'course.update',
        entityType: 'course',
        entityId: courseId,
        after: { version: latest?.status === 'draft' ? latest.version : (latest?.version ?? 0) + 1 },
      });
    });
    return this.get(courseId);
  }

  async publish(courseId: string): Promise<CourseDto> {
    await this.transactions.run(async (tx) => {
      if (!(await this.courses.lockCourse(tx, courseId))) throw new NotFoundError('Course', courseId);
      const [latest] = await this.courses.versions({ courseIds: [courseId], latestOnly: true }, tx);
      if (latest?.status !== 'draft')
        throw new ConflictError(
          'There is no draft to publish: the latest version is already published',
          'no_draft',
        );
      await this.courses.publishDraft(tx, courseId, latest.id);
      await this.audit.record(tx, {
        action: 'course.publish',
        entityType: 'course',
        entityId: courseId,
        after: { version: latest.version },
      });
    });
    return this.get(courseId);
  }

  private async prepare(tx: Tx, request: CourseContentRequest) {
    const { modules, problems } = prepareCourseDocument(request.modules);
    const documentProblems: FieldError[] = [];
    const unusable = new Set(
      await this.competencies.unusable(
        tx,
        request.competencies.map((c) => c.competencyId),
      ),
    );
    const seen = new Set<string>();
    request.competencies.forEach((c, i) => {
      if (unusable.has(c.competencyId))
        documentProblems.push({
          field: `competencies[${i}].competencyId`,
          reason: 'names no competency in use',
          code: 'no_such_record',
        });
      if (seen.has(c.competencyId))
        documentProblems.push({
          field: `competencies[${i}].competencyId`,
          reason: 'is listed twice',
          code: 'listed_twice',
        });
      seen.add(c.competencyId);
    });
    if (request.certifying === false && request.validityMonths !== null)
      documentProblems.push({
        field: 'validityMonths',
        reason: 'only a certifying course has a validity',
        code: 'format',
      });
    const references = fileReferences(modules);
    const stored = new Map(
      (await this.files.metadata([...new Set(references.map((r) => r.fileId))], tx)).map((f) => [f.id, f]),
    );
    for (const { fileId, field } of references) {
      const file = stored.get(fileId);
      if (!file) documentProblems.push({ field, reason: 'names no uploaded file', code: 'no_such_record' });
      else if (file.contentType !== 'application/pdf')
        documentProblems.push({
          field,
          reason: 'must be a PDF file',
          code: 'file_type',
          params: { types: 'PDF' },
        });
    }
    const all = [...documentProblems, ...problems];
    if (all.length) throw new InvalidInputError(all);
    return {
      version: {
        titleEn: request.title.en,
        titleZh: request.title.zh,
        summaryEn: request.summary.en,
        summaryZh: request.summary.zh,
        estimatedMinutes: request.estimatedMinutes,
        certifying: request.certifying,
        validityMonths: request.validityMonths,
        content: modules,
        itemCount: countItems(modules),
      },
    };
  }

  private async toCourses(courseIds: string[]): Promise<CourseDto[]> {
    if (!courseIds.length) return [];
    const latest = await this.courses.versions({ courseIds, latestOnly: true });
    const [summaries, competencies, files] = await Promise.all([
      this.courses.versionSummaries(courseIds),
      this.courses.competenciesOf(latest.map((v) => v.id)),
      this.files.metadata([
        ...new Set(latest.flatMap((v) => fileReferences(v.content).map((r) => r.fileId))),
      ]),
    ]);
    return latest.map((v) => ({
      id: v.courseId,
      code: v.code,
      category: v.category,
      latest: toCourseVersionDto(
        v,
        competencies.filter((c) => c.courseVersionId === v.id),
      ),
      files: files.filter((f) => fileReferences(v.content).some((r) => r.fileId === f.id)),
      versions: summaries
        .filter((s) => s.courseId === v.courseId)
        .map((s) => ({
          id: s.id,
          version: s.version,
          status: s.status,
          publishedAt: s.publishedAt?.toISOString() ?? null,
        })),
    }));
  }
}
