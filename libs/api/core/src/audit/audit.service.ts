import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditEntryDto, AuditQuery, Page } from '@cadre/shared/contracts';
import { requestContext } from '../request-context/request-context';
import type { PageRequest } from '../validation/paged-query';
import { AuditRepository } from './audit.repository';
import { AuditSubjects } from './audit-subjects';
import { toAuditEntryDto } from './audit.mapper';

export interface AuditRecord {
  /** `<entity>.<verb>`, e.g. `user.create`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** Who acted, when not the request's principal (a sign-in acts as the user signing in). */
  actor?: { userId: string | null; email: string | null };
}

@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly subjects: AuditSubjects,
  ) {}

  /**
   * Writes an entry in the caller's transaction, so the change and its record commit or
   * roll back together. The actor comes from the request; system jobs record none.
   */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await this.recordMany(manager, [entry]);
  }

  /** Several entries in one statement: a bulk change (a path enrolling everyone on it) audits each record. */
  async recordMany(manager: EntityManager, entries: AuditRecord[]): Promise<void> {
    if (!entries.length) return;
    const context = requestContext.current();
    await this.repository.insert(
      manager,
      entries.map((entry) => ({
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: (entry.before ?? null) as Record<string, unknown> | null,
        after: (entry.after ?? null) as Record<string, unknown> | null,
        actorUserId: entry.actor ? entry.actor.userId : (context?.principal?.userId ?? null),
        actorEmail: entry.actor ? entry.actor.email : (context?.principal?.email ?? null),
        ip: context?.ip ?? null,
        requestId: context?.requestId ?? null,
      })),
    );
  }

  /**
   * Entries for every row a query selects, written by one INSERT … SELECT: a bulk change
   * (an import updating thousands of records) audits each record without a round trip per
   * row. `select` must yield the columns `entity_id`, `before` and `after` (jsonb).
   */
  async recordSelected(
    manager: EntityManager,
    entry: { action: string; entityType: string; actor?: AuditRecord['actor'] },
    select: { sql: string; params: unknown[] },
  ): Promise<void> {
    const context = requestContext.current();
    const actor = entry.actor ?? {
      userId: context?.principal?.userId ?? null,
      email: context?.principal?.email ?? null,
    };
    await this.repository.insertSelected(
      manager,
      {
        action: entry.action,
        entityType: entry.entityType,
        actorUserId: actor.userId,
        actorEmail: actor.email,
        ip: context?.ip ?? null,
        requestId: context?.requestId ?? null,
      },
      select,
    );
  }

  async search(query: AuditQuery & PageRequest): Promise<Page<AuditEntryDto>> {
    const { limit, offset } = query;
    const [rows, total] = await this.repository.search(query);
    const names = await this.subjects.names([
      ...rows.map((r) => ({ entityType: r.entityType, entityId: r.entityId })),
      ...rows.flatMap((r) => (r.actorUserId ? [{ entityType: 'user', entityId: r.actorUserId }] : [])),
    ]);
    const items = rows.map((r) =>
      toAuditEntryDto(r, {
        actorName: r.actorUserId ? (names.get(`user:${r.actorUserId}`) ?? null) : null,
        subjectName: names.get(`${r.entityType}:${r.entityId}`) ?? null,
      }),
    );
    return { items, total, limit, offset };
  }
}
