import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuditQuery } from '@cadre/shared/contracts';
import { AuditEntryEntity } from './audit-entry.entity';

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One multi-row INSERT for any number of entries. */
  async insert(
    manager: EntityManager,
    entries: Omit<AuditEntryEntity, 'id' | 'occurredAt'>[],
  ): Promise<void> {
    // jsonb columns: TypeORM's deep-partial type cannot describe arbitrary JSON.
    await manager.insert(AuditEntryEntity, entries as QueryDeepPartialEntity<AuditEntryEntity>[]);
  }

  async insertSelected(
    manager: EntityManager,
    fixed: Pick<
      AuditEntryEntity,
      'action' | 'entityType' | 'actorUserId' | 'actorEmail' | 'ip' | 'requestId'
    >,
    select: { sql: string; params: unknown[] },
  ): Promise<void> {
    const n = select.params.length;
    await manager.query(
      `insert into audit_log (action, entity_type, entity_id, before, after, actor_user_id, actor_email, ip, request_id)
       select $${n + 1}, $${n + 2}, s.entity_id::text, s.before, s.after, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}
         from (${select.sql}) s`,
      [
        ...select.params,
        fixed.action,
        fixed.entityType,
        fixed.actorUserId,
        fixed.actorEmail,
        fixed.ip,
        fixed.requestId,
      ],
    );
  }

  search(query: AuditQuery & { limit: number; offset: number }): Promise<[AuditEntryEntity[], number]> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorUserId) qb.andWhere('a.actorUserId = :actorUserId', { actorUserId: query.actorUserId });
    if (query.action)
      qb.andWhere(`a.action like :action escape '\\'`, {
        action: `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    if (query.from) qb.andWhere('a.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurredAt < :to', { to: query.to });
    return qb
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
  }
}
