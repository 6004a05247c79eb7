import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Tx } from '@cadre/api/core';
import { CompetencyEntity } from './competency.entity';

@Injectable()
export class CompetenciesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(includeArchived: boolean): Promise<CompetencyEntity[]> {
    return this.dataSource.getRepository(CompetencyEntity).find({
      where: includeArchived ? {} : { archived: false },
      order: { category: 'ASC', nameEn: 'ASC' },
    });
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
}
