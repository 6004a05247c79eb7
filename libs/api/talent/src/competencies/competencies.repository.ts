import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { preparedRead, selectRows, type Tx } from '@cadre/api/core';
import { CompetencyEntity } from './competency.entity';

interface CompetencyRow {
  id: string;
  code: string;
  category: CompetencyEntity['category'];
  name_en: string;
  name_zh: string;
  description_en: string;
  description_zh: string;
  levels: CompetencyEntity['levels'];
  archived: boolean;
  created_at: Date;
  updated_at: Date;
}

const LIBRARY = {
  name: 'talent.competency_library',
  text: `select id, code, category::text as category, name_en, name_zh, description_en, description_zh,
                levels, archived, created_at, updated_at
           from competencies
          where $1 or not archived
          order by competencies.category, name_en`,
};

function fromRow(row: CompetencyRow): CompetencyEntity {
  return {
    id: row.id,
    code: row.code,
    category: row.category,
    nameEn: row.name_en,
    nameZh: row.name_zh,
    descriptionEn: row.description_en,
    descriptionZh: row.description_zh,
    levels: row.levels,
    archived: row.archived,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

@Injectable()
export class CompetenciesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The library, read on every screen that rates or edits competencies: one prepared query. */
  async list(includeArchived: boolean): Promise<CompetencyEntity[]> {
    const rows = await preparedRead<CompetencyRow>(this.dataSource, LIBRARY, [includeArchived]);
    return rows.map(fromRow);
  }

  findById(id: string, tx?: Tx): Promise<CompetencyEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(CompetencyEntity).findOneBy({ id });
  }

  findByIds(ids: string[], tx?: Tx): Promise<CompetencyEntity[]> {
    return ids.length
      ? (tx ?? this.dataSource.manager).getRepository(CompetencyEntity).findBy({ id: In(ids) })
      : Promise.resolve([]);
  }

  findByCode(code: string, tx?: Tx): Promise<CompetencyEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(CompetencyEntity).findOneBy({ code });
  }

  async insert(
    tx: Tx,
    values: Omit<CompetencyEntity, 'id' | 'createdAt' | 'updatedAt' | 'archived'>,
  ): Promise<string> {
    const result = await tx.insert(CompetencyEntity, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(
    tx: Tx,
    id: string,
    changes: Partial<Omit<CompetencyEntity, 'id' | 'code' | 'createdAt' | 'updatedAt'>>,
  ): Promise<void> {
    await tx.update(CompetencyEntity, { id }, changes);
  }

  /** Those of the ids that name a competency not archived. */
  async usableIds(tx: Tx, ids: string[]): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select id from competencies where id = any($1::uuid[]) and not archived`,
      [ids],
    );
    return rows.map((r) => r.id);
  }
}
