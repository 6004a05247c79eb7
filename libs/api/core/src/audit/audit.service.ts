import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditEntryDto, AuditQuery, Page } from '@cadre/shared/contracts';
import { requestContext } from '../request-context/request-context';
import { AuditRepository } from './audit.repository';
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
  constructor(private readonly repository: AuditRepository) {}

  /**
   * Writes an entry in the caller's transaction, so the change and its record commit or
   * roll back together. The actor comes from the request; system jobs record none.
   */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    const context = requestContext.current();
    await this.repository.insert(manager, {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? null) as Record<string, unknown> | null,
      after: (entry.after ?? null) as Record<string, unknown> | null,
      actorUserId: entry.actor ? entry.actor.userId : (context?.principal?.userId ?? null),
      actorEmail: entry.actor ? entry.actor.email : (context?.principal?.email ?? null),
      ip: context?.ip ?? null,
      requestId: context?.requestId ?? null,
    });
  }

  async search(query: AuditQuery): Promise<Page<AuditEntryDto>> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const [rows, total] = await this.repository.search({ ...query, limit, offset });
    return { items: rows.map(toAuditEntryDto), total, limit, offset };
  }
}
