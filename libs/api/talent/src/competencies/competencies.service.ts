import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Tx,
} from '@cadre/api/core';
import type {
  CompetencyDto,
  CreateCompetencyRequest,
  ProficiencyLevel,
  UpdateCompetencyRequest,
} from '@cadre/shared/contracts';
import { CompetenciesRepository } from './competencies.repository';
import { toCompetencyDto, toStoredLevels } from './competency.mapper';

@Injectable()
export class CompetenciesService {
  constructor(
    private readonly competencies: CompetenciesRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(includeArchived = false): Promise<CompetencyDto[]> {
    return (await this.competencies.list(includeArchived)).map(toCompetencyDto);
  }

  /** Of these ids, those that name no competency in use (missing or archived), read in the caller's transaction. */
  async unusable(tx: Tx, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const usable = new Set(await this.competencies.usableIds(tx, ids));
    return ids.filter((id) => !usable.has(id));
  }

  async get(id: string): Promise<CompetencyDto> {
    const found = await this.competencies.findById(id);
    if (!found) throw new NotFoundError('Competency', id);
    return toCompetencyDto(found);
  }

  async create(request: CreateCompetencyRequest): Promise<CompetencyDto> {
    assertFiveLevels(request.levels);
    const id = await this.transactions.run(async (tx) => {
      if (await this.competencies.findByCode(request.code, tx)) {
        throw new ConflictError(`A competency with the code "${request.code}" already exists`, 'code_taken');
      }
      const values = {
        code: request.code,
        category: request.category,
        nameEn: request.name.en,
        nameZh: request.name.zh,
        descriptionEn: request.description.en,
        descriptionZh: request.description.zh,
        levels: toStoredLevels(request.levels),
      };
      const created = await this.competencies.insert(tx, values);
      await this.audit.record(tx, {
        action: 'competency.create',
        entityType: 'competency',
        entityId: created,
        after: values,
      });
      return created;
    });
    return this.get(id);
  }

  async update(id: string, changes: UpdateCompetencyRequest): Promise<CompetencyDto> {
    if (changes.levels) assertFiveLevels(changes.levels);
    await this.transactions.run(async (tx) => {
      const before = await this.competencies.findById(id, tx);
      if (!before) throw new NotFoundError('Competency', id);
      const values = {
        ...(changes.category ? { category: changes.category } : {}),
        ...(changes.name ? { nameEn: changes.name.en, nameZh: changes.name.zh } : {}),
        ...(changes.description
          ? { descriptionEn: changes.description.en, descriptionZh: changes.description.zh }
          : {}),
        ...(changes.levels ? { levels: toStoredLevels(changes.levels) } : {}),
        ...(changes.archived !== undefined ? { archived: changes.archived } : {}),
      };
      await this.competencies.update(tx, id, values);
      await this.audit.record(tx, {
        action: 'competency.update',
        entityType: 'competency',
        entityId: id,
        before: toCompetencyDto(before),
        after: values,
      });
    });
    return this.get(id);
  }
}

function assertFiveLevels(levels: ProficiencyLevel[]): void {
  const seen = new Set(levels.map((l) => l.level));
  if (seen.size !== 5 || ![1, 2, 3, 4, 5].every((n) => seen.has(n))) {
    throw InvalidInputError.field('levels', 'must describe each of the levels 1, 2, 3, 4 and 5 once');
  }
}
