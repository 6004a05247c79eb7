import type { AuditEntryDto } from '@cadre/shared/contracts';
import type { AuditEntryEntity } from './audit-entry.entity';

export function toAuditEntryDto(
  entry: AuditEntryEntity,
  names: { actorName: string | null; subjectName: string | null },
): AuditEntryDto {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    actorEmail: entry.actorEmail,
    actorName: names.actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    subjectName: names.subjectName,
    before: entry.before,
    after: entry.after,
    ip: entry.ip,
  };
}
