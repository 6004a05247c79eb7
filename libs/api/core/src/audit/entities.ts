import { AuditEntryEntity } from './audit-entry.entity';

export const CORE_ENTITIES = [AuditEntryEntity];
