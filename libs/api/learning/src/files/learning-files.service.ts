import { Injectable } from '@nestjs/common';
import { AuditService, checkUpload, NotFoundError, TransactionRunner, type Principal } from '@cadre/api/core';
import { MAX_LIBRARY_FILE_BYTES, type LearningFileDto } from '@cadre/shared/contracts';
import { LearningFilesRepository } from './learning-files.repository';

export type UploadedFile = { originalname: string; size: number; buffer: Buffer };

/**
 * Documents authors attach: a course's PDF handouts and the library's manuals, decks and
 * price lists. Checked by content and size, stored in the database with the rest of the
 * record (one backup, one transaction), and served only to those who may read them.
 */
@Injectable()
export class LearningFilesService {
  constructor(
    private readonly files: LearningFilesRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async upload(principal: Principal, file: UploadedFile | undefined): Promise<LearningFileDto> {
    const checked = checkUpload(file, {
      kinds: ['pdf', 'pptx', 'docx', 'xlsx'],
      maxBytes: MAX_LIBRARY_FILE_BYTES,
      what: 'the file',
      fallbackName: 'document',
    });
    return this.transactions.run(async (tx) => {
      const stored = await this.files.insert(tx, checked, principal.userId);
      await this.audit.record(tx, {
        action: 'learning_file.upload',
        entityType: 'learning_file',
        entityId: stored.id,
        after: { fileName: stored.fileName, sizeBytes: stored.sizeBytes },
      });
      return stored;
    });
  }

  /**
   * The file for download. Authors read any; learners only files that a published course
   * or the library holds. A file one may not read is "not found", so ids reveal nothing.
   */
  async download(principal: Principal, id: string) {
    const file = await this.files.withContent(id);
    if (!file || (!file.released && !principal.permissions.includes('learning:manage')))
      throw new NotFoundError('File', id);
    return file;
  }
}
