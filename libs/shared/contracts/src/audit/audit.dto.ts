import type { PageQuery } from '../common/page';

export interface AuditEntryDto {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  /** The actor's display name, when they are a user Cadre still knows. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** The record's display name (a person, a unit, a candidate…), when it still exists. */
  subjectName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

export interface AuditQuery extends PageQuery {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  /** Actions starting with this: `application.` for every application action, or one action. */
  action?: string;
  from?: string;
  to?: string;
}
