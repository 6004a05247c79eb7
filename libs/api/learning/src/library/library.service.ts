import { Injectable } from '@nestjs/common';
import {
  AuditService,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import { CompetenciesService } from '@cadre/api/talent';
import type {
  CreateResourceRequest,
  FieldError,
  LibraryResourceDetailDto,
  LibraryResourceDto,
  LibrarySearchQuery,
  ResourceOpenDto,
  ResourceVersionDto,
} from '@cadre/shared/contracts';
import { LearningFilesRepository } from '../files/learning-files.repository';
import { LibraryRepository, type ResourceRow, type VersionRow } from './library.repository';

/** What a resource is tagged with: the org structures a sales tool is made for. */
const TAGGABLE_UNIT_KINDS = new Set(['product_line', 'customer_segment']);
/** "What's new" looks back this far. */
const NEW_FOR_DAYS = 30;

/**
 * The sales enablement library: manuals, decks, case studies, competitor analyses and
 * price guides, tagged by product line, customer segment and competency, searchable in
 * both languages. A change is a new version; the older ones stay readable.
 */
@Injectable()
export class LibraryService {
  constructor(
    private readonly library: LibraryRepository,
    private readonly files: LearningFilesRepository,
    private readonly competencies: CompetenciesService,
    private readonly people: PeopleLookup,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async search(principal: Principal, query: LibrarySearchQuery): Promise<LibraryResourceDto[]> {
    const rows = await this.library.find({
      words: (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8),
      kind: query.kind,
      orgUnitId: query.orgUnitId,
      competencyId: query.competencyId,
      withCounts: managesLearning(principal),
      limit: 200,
    });
    return rows.map(toResource);
  }

  async get(principal: Principal, id: string): Promise<LibraryResourceDetailDto> {
    const [row] = await this.library.find({ ids: [id], withCounts: managesLearning(principal), limit: 1 });
    if (!row) throw new NotFoundError('Resource', id);
    const versions = await this.library.versions(id);
    return { ...toResource(row), versions: versions.map(toVersion) };
  }

  async create(principal: Principal, request: CreateResourceRequest): Promise<LibraryResourceDetailDto> {
    const id = await this.transactions.run(async (tx) => {
      await this.check(tx, request);
      const created = await this.library.insertResource(tx, request.kind, principal.userId);
      await this.library.insertVersion(tx, created, 1, request, principal.userId);
      await this.library.replaceTags(tx, created, request);
      await this.audit.record(tx, {
        action: 'library_resource.create',
        entityType: 'library_resource',
        entityId: created,
        after: { kind: request.kind, title: request.title, version: 1 },
      });
      return created;
    });
    return this.get(principal, id);
  }

  /** The next version: new content and tags; the previous versions are kept as they were. */
  async addVersion(
    principal: Principal,
    id: string,
    request: CreateResourceRequest,
  ): Promise<LibraryResourceDetailDto> {
    await this.transactions.run(async (tx) => {
      await this.check(tx, request);
      const version = await this.library.nextVersion(tx, id);
      if (version === null) throw new NotFoundError('Resource', id);
      await this.library.setKind(tx, id, request.kind);
      await this.library.insertVersion(tx, id, version, request, principal.userId);
      await this.library.replaceTags(tx, id, request);
      await this.audit.record(tx, {
        action: 'library_resource.version',
        entityType: 'library_resource',
        entityId: id,
        after: { title: request.title, version, changeNote: request.changeNote },
      });
    });
    return this.get(principal, id);
  }

  /** Counts an open and says where it leads: the file's download address, or the link. */
  async open(principal: Principal, id: string): Promise<ResourceOpenDto> {
    const target = await this.library.recordView(id, {
      userId: principal.userId,
      employeeId: principal.employeeId,
    });
    if (!target) throw new NotFoundError('Resource', id);
    return target.fileId
      ? { href: `/api/learning/files/${target.fileId}`, external: false }
      : { href: target.url as string, external: true };
  }

  /** Resources for the employee's product lines and segments, new or updated lately. */
  async whatsNew(tx: Tx | null, employeeId: string, now = new Date()): Promise<LibraryResourceDto[]> {
    const units = (await this.people.unitsAbove(tx, employeeId)).filter((u) =>
      TAGGABLE_UNIT_KINDS.has(u.kind),
    );
    if (!units.length) return [];
    const rows = await this.library.find(
      {
        newForUnits: {
          unitIds: units.map((u) => u.id),
          since: new Date(now.getTime() - NEW_FOR_DAYS * 86_400_000),
        },
        withCounts: false,
        limit: 5,
      },
      tx ?? undefined,
    );
    return rows.map(toResource);
  }

  private async check(tx: Tx, request: CreateResourceRequest): Promise<void> {
    const problems: FieldError[] = [];
    if ((request.url === null) === (request.fileId === null))
      problems.push({
        field: request.url === null ? 'fileId' : 'url',
        reason: 'give either a link or an uploaded file, not both',
        code: 'link_or_file',
      });
    if (request.fileId && !(await this.files.metadata([request.fileId], tx)).length)
      problems.push({ field: 'fileId', reason: 'names no uploaded file', code: 'no_such_record' });
    const kinds = await this.people.unitKinds(tx, request.orgUnitIds);
    request.orgUnitIds.forEach((unitId, i) => {
      const kind = kinds.get(unitId);
      if (!kind)
        problems.push({ field: `orgUnitIds[${i}]`, reason: 'names no org unit', code: 'no_such_record' });
      else if (!TAGGABLE_UNIT_KINDS.has(kind))
        problems.push({
          field: `orgUnitIds[${i}]`,
          reason: 'must be a product line or a customer segment',
          code: 'unit_kind',
        });
    });
    const unusable = new Set(await this.competencies.unusable(tx, request.competencyIds));
    request.competencyIds.forEach((competencyId, i) => {
      if (unusable.has(competencyId))
        problems.push({
          field: `competencyIds[${i}]`,
          reason: 'names no competency in use',
          code: 'no_such_record',
        });
    });
    if (problems.length) throw new InvalidInputError(problems);
  }
}

function managesLearning(principal: Principal): boolean {
  return principal.permissions.includes('learning:manage');
}

function toVersion(v: VersionRow): ResourceVersionDto {
  return {
    id: v.id,
    version: v.version,
    title: { en: v.titleEn, zh: v.titleZh },
    summary: { en: v.summaryEn, zh: v.summaryZh },
    changeNote: { en: v.changeNoteEn, zh: v.changeNoteZh },
    url: v.url,
    file: v.file,
    publishedAt: new Date(v.publishedAt).toISOString(),
    publishedBy: v.publishedBy,
  };
}

function toResource(row: ResourceRow): LibraryResourceDto {
  return {
    id: row.id,
    kind: row.kind,
    current: toVersion(row.current),
    units: row.units,
    competencies: row.competencies,
    views: row.views,
    viewers: row.viewers,
  };
}
