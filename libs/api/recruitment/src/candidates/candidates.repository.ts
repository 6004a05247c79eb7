import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { ApplicationStage } from '@cadre/shared/contracts';
import { CandidateFileEntity } from './candidate-file.entity';
import { CandidateEntity } from './candidate.entity';

export type CandidateValues = Pick<
  CandidateEntity,
  'fullName' | 'email' | 'phone' | 'source' | 'yearsExperience' | 'industries' | 'skills' | 'notes'
>;
export type CvMeta = Pick<CandidateFileEntity, 'fileName' | 'contentType' | 'sizeBytes' | 'uploadedAt'>;

@Injectable()
export class CandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(tx?: Tx) {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: Tx): Promise<CandidateEntity | null> {
    return this.manager(tx).getRepository(CandidateEntity).findOneBy({ id });
  }

  /** Another candidate with the same email or phone, if any. */
  async findDuplicate(
    tx: Tx,
    email: string | null,
    phone: string | null,
    exceptId?: string,
  ): Promise<CandidateEntity | null> {
    if (!email && !phone) return null;
    const qb = tx
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('(c.email = :email or c.phone = :phone)', { email, phone });
    if (exceptId) qb.andWhere('c.id <> :exceptId', { exceptId });
    return qb.getOne();
  }

  async search(
    search: string | undefined,
    limit: number,
    offset: number,
  ): Promise<[CandidateEntity[], number]> {
    const qb = this.dataSource.getRepository(CandidateEntity).createQueryBuilder('c');
    if (search) {
      const digits = search.replace(/[^\d]/g, '');
      qb.where(
        '(c.full_name ilike :s or c.email ilike :s' + (digits.length >= 4 ? ' or c.phone like :d' : '') + ')',
        { s: `%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`, d: `%${digits}%` },
      );
    }
    return qb.orderBy('c.created_at', 'DESC').take(limit).skip(offset).getManyAndCount();
  }

  async insert(tx: Tx, values: CandidateValues & { createdByUserId: string | null }): Promise<string> {
    const result = await tx.insert(CandidateEntity, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(tx: Tx, id: string, changes: Partial<CandidateValues>): Promise<void> {
    await tx.update(CandidateEntity, { id }, changes);
  }

  async cvMeta(candidateId: string): Promise<CvMeta | null> {
    return this.dataSource.getRepository(CandidateFileEntity).findOne({
      where: { candidateId },
      select: { fileName: true, contentType: true, sizeBytes: true, uploadedAt: true },
    });
  }

  async cvContent(candidateId: string): Promise<(CvMeta & { content: Buffer }) | null> {
    return this.dataSource
      .getRepository(CandidateFileEntity)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.candidate_id = :candidateId', { candidateId })
      .getOne();
  }

  /** One CV per candidate: a new upload replaces the old one. */
  async replaceCv(tx: Tx, file: Omit<CandidateFileEntity, 'id' | 'uploadedAt' | 'candidate'>): Promise<void> {
    await tx.delete(CandidateFileEntity, { candidateId: file.candidateId });
    await tx.insert(CandidateFileEntity, file);
  }

  async applicationsOf(
    candidateId: string,
  ): Promise<{ id: string; requisitionId: string; requisitionTitle: string; stage: ApplicationStage }[]> {
    const rows = await selectRows<{
      id: string;
      requisition_id: string;
      title: string;
      stage: ApplicationStage;
    }>(
      this.dataSource,
      `select a.id, a.requisition_id, r.title, a.stage::text as stage
         from applications a join requisitions r on r.id = a.requisition_id
        where a.candidate_id = $1 order by a.created_at desc`,
      [candidateId],
    );
    return rows.map((r) => ({
      id: r.id,
      requisitionId: r.requisition_id,
      requisitionTitle: r.title,
      stage: r.stage,
    }));
  }

  /** True when the employee is hiring manager of a requisition the candidate applied to, or interviews them. */
  async involves(candidateId: string, userId: string, employeeId: string | null): Promise<boolean> {
    const rows = await selectRows<unknown>(
      this.dataSource,
      `select 1 from applications a join requisitions r on r.id = a.requisition_id
        where a.candidate_id = $1
          and (r.hiring_manager_id = $3 or exists (select 1 from application_interviewers i where i.application_id = a.id and i.user_id = $2))
        limit 1`,
      [candidateId, userId, employeeId],
    );
    return rows.length > 0;
  }
}
