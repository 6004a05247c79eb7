import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type CheckedFile, type Tx } from '@cadre/api/core';
import type { LearningFileDto } from '@cadre/shared/contracts';

const METADATA = `id, file_name as "fileName", content_type as "contentType", size_bytes as "sizeBytes"`;

@Injectable()
export class LearningFilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(tx: Tx, file: CheckedFile, uploadedByUserId: string): Promise<LearningFileDto> {
    const [row] = await selectRows<LearningFileDto>(
      tx,
      `insert into learning_files (file_name, content_type, size_bytes, sha256, content, uploaded_by_user_id)
       values ($1, $2, $3, $4, $5, $6) returning ${METADATA}`,
      [
        file.fileName,
        file.contentType,
        file.content.length,
        createHash('sha256').update(file.content).digest('hex'),
        file.content,
        uploadedByUserId,
      ],
    );
    return row as LearningFileDto;
  }

  metadata(ids: readonly string[], tx?: Tx): Promise<LearningFileDto[]> {
    if (!ids.length) return Promise.resolve([]);
    return selectRows<LearningFileDto>(
      tx ?? this.dataSource.manager,
      `select ${METADATA} from learning_files where id = any($1::uuid[])`,
      [ids],
    );
  }

  /**
   * The file with its content, and whether learners may read it: it belongs to a course
   * version that was published (drafts are for authors) or to a library resource.
   */
  async withContent(
    id: string,
  ): Promise<(LearningFileDto & { content: Buffer; sha256: string; released: boolean }) | null> {
    const [row] = await selectRows<LearningFileDto & { content: Buffer; sha256: string; released: boolean }>(
      this.dataSource.manager,
      `select ${METADATA}, content, sha256,
              exists (select 1 from library_resource_versions rv where rv.file_id = f.id)
              or exists (select 1 from course_versions v
                          where v.status <> 'draft'
                            and jsonb_path_exists(v.content, '$[*].items[*] ? (@.fileId == $id)', jsonb_build_object('id', f.id::text)))
                as released
         from learning_files f where id = $1`,
      [id],
    );
    return row ?? null;
  }
}
