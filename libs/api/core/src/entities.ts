import { JobRunEntity } from './jobs/job-run.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { AuditEntryEntity } from './audit/audit-entry.entity';

export const CORE_ENTITIES = [AuditEntryEntity, NotificationEntity, JobRunEntity];
