import type { ImportFailureCode, ImportJobDto } from '@cadre/shared/contracts';
import type { ImportJobRow } from './imports.repository';

export function toImportJobDto(job: ImportJobRow): ImportJobDto {
  return {
    id: job.id,
    source: job.source,
    fileName: job.fileName,
    status: job.status,
    bytesRead: Number(job.bytesRead),
    rowsRead: job.rowsRead,
    rowsValidated: job.rowsValidated,
    rowsMerged: job.rowsMerged,
    problemCount: job.problemCount,
    createdCount: job.createdCount,
    updatedCount: job.updatedCount,
    unchangedCount: job.unchangedCount,
    cancelRequested: job.cancelRequested,
    failure: job.failure as ImportFailureCode | null,
    failureParams: job.failureParams,
    requestedByName: job.requestedByName,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
