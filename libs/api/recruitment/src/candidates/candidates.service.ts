import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
  type PageRequest,
} from '@cadre/api/core';
import type {
  CandidateDto,
  CreateCandidateRequest,
  Page,
  UpdateCandidateRequest,
} from '@cadre/shared/contracts';
import { RecruitmentAccess } from '../access/recruitment-access';
import { CandidatesRepository, type CandidateValues } from './candidates.repository';
import type { CandidateEntity } from './candidate.entity';
import { checkCv, type CheckedCv } from './cv-file';

/** Digits only, keeping a leading + ("+86 138-0013 8000" -> "+8613800138000"). */
export function normalisePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d]/g, '');
  return digits ? (phone.trim().startsWith('+') ? `+${digits}` : digits) : null;
}

@Injectable()
export class CandidatesService {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly access: RecruitmentAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async search(
    principal: Principal,
    search: string | undefined,
    { limit, offset }: PageRequest,
  ): Promise<Page<CandidateDto>> {
    if (!this.access.isRecruiter(principal)) throw new ForbiddenError('Only HR searches all candidates');
    const [rows, total] = await this.candidates.search(search?.trim() || undefined, limit, offset);
    // A page of personal data is read like one record is: one audit entry naming every id.
    await this.transactions.run((tx) =>
      this.audit.record(tx, {
        action: 'candidate.list',
        entityType: 'candidate',
        entityId: 'list',
        after: { ids: rows.map((c) => c.id), search: search?.trim() || null, limit, offset, total },
      }),
    );
    return { items: await Promise.all(rows.map((c) => this.toDto(c, false))), total, limit, offset };
  }

  /** Personal data: every read is written to the audit log. */
  async get(principal: Principal, id: string): Promise<CandidateDto> {
    const candidate = await this.candidates.findById(id);
    if (!candidate) throw new NotFoundError('Candidate', id);
    await this.access.assertCanSeeCandidate(principal, id);
    await this.transactions.run((tx) =>
      this.audit.record(tx, { action: 'candidate.read', entityType: 'candidate', entityId: id }),
    );
    return this.toDto(candidate, true);
  }

  async create(principal: Principal, request: CreateCandidateRequest): Promise<CandidateDto> {
    const id = await this.transactions.run((tx) => this.createIn(tx, principal, request));
    const candidate = await this.candidates.findById(id);
    return this.toDto(candidate as CandidateEntity, true);
  }

  /** Records a new candidate in the caller's transaction; a known email or phone is a 409. */
  async createIn(tx: Tx, principal: Principal, request: CreateCandidateRequest): Promise<string> {
    const values = this.values(request);
    await this.assertNotDuplicate(tx, values.email ?? null, values.phone ?? null, undefined);
    const created = await this.candidates.insert(tx, {
      ...(values as CandidateValues),
      createdByUserId: principal.userId,
    });
    await this.audit.record(tx, {
      action: 'candidate.create',
      entityType: 'candidate',
      entityId: created,
      after: values,
    });
    return created;
  }

  async update(id: string, request: UpdateCandidateRequest): Promise<CandidateDto> {
    await this.transactions.run(async (tx) => {
      const before = await this.candidates.findById(id, tx);
      if (!before) throw new NotFoundError('Candidate', id);
      const values = this.values(request);
      const email = values.email === undefined ? before.email : values.email;
      const phone = values.phone === undefined ? before.phone : values.phone;
      await this.assertNotDuplicate(tx, email, phone, id);
      await this.candidates.update(tx, id, values);
      await this.audit.record(tx, {
        action: 'candidate.update',
        entityType: 'candidate',
        entityId: id,
        before: { email: before.email, phone: before.phone, fullName: before.fullName },
        after: values,
      });
    });
    return this.toDto((await this.candidates.findById(id)) as CandidateEntity, true);
  }

  async uploadCv(
    principal: Principal,
    id: string,
    file: { originalname: string; size: number; buffer: Buffer } | undefined,
  ): Promise<CandidateDto> {
    if (!(await this.candidates.findById(id))) throw new NotFoundError('Candidate', id);
    const cv = checkCv(file);
    await this.transactions.run((tx) => this.storeCvIn(tx, principal, id, cv));
    return this.toDto((await this.candidates.findById(id)) as CandidateEntity, true);
  }

  /** Stores a checked CV for the candidate in the caller's transaction, replacing any earlier one. */
  async storeCvIn(tx: Tx, principal: Principal, candidateId: string, cv: CheckedCv): Promise<void> {
    const sha256 = createHash('sha256').update(cv.content).digest('hex');
    await this.candidates.replaceCv(tx, {
      candidateId,
      fileName: cv.fileName,
      contentType: cv.contentType,
      sizeBytes: cv.content.length,
      sha256,
      content: cv.content,
      uploadedByUserId: principal.userId,
    });
    await this.audit.record(tx, {
      action: 'candidate.cv_upload',
      entityType: 'candidate',
      entityId: candidateId,
      after: { fileName: cv.fileName, contentType: cv.contentType, sizeBytes: cv.content.length, sha256 },
    });
  }

  async downloadCv(
    principal: Principal,
    id: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    if (!(await this.candidates.findById(id))) throw new NotFoundError('Candidate', id);
    await this.access.assertCanSeeCandidate(principal, id);
    const file = await this.candidates.cvContent(id);
    if (!file) throw new NotFoundError('CV of candidate', id);
    await this.transactions.run((tx) =>
      this.audit.record(tx, { action: 'candidate.cv_download', entityType: 'candidate', entityId: id }),
    );
    return file;
  }

  private values(request: UpdateCandidateRequest): Partial<CandidateValues> {
    return {
      ...(request.fullName !== undefined ? { fullName: request.fullName } : {}),
      ...(request.email !== undefined ? { email: request.email || null } : {}),
      ...(request.phone !== undefined ? { phone: normalisePhone(request.phone) } : {}),
      ...(request.source !== undefined ? { source: request.source } : {}),
      ...(request.yearsExperience !== undefined ? { yearsExperience: request.yearsExperience } : {}),
      ...(request.industries !== undefined ? { industries: request.industries } : {}),
      ...(request.skills !== undefined ? { skills: request.skills } : {}),
      ...(request.notes !== undefined ? { notes: request.notes } : {}),
    };
  }

  private async assertNotDuplicate(
    tx: Tx,
    email: string | null,
    phone: string | null,
    exceptId: string | undefined,
  ): Promise<void> {
    const duplicate = await this.candidates.findDuplicate(tx, email, phone, exceptId);
    if (duplicate) {
      const what = email && duplicate.email === email ? 'email' : 'phone number';
      throw new ConflictError(
        `${duplicate.fullName} (candidate ${duplicate.id}) already has this ${what}`,
        'duplicate_candidate',
      );
    }
  }

  private async toDto(c: CandidateEntity, withDetail: boolean): Promise<CandidateDto> {
    const [cv, applications] = withDetail
      ? await Promise.all([this.candidates.cvMeta(c.id), this.candidates.applicationsOf(c.id)])
      : [null, []];
    return {
      id: c.id,
      fullName: c.fullName,
      email: c.email,
      phone: c.phone,
      source: c.source,
      yearsExperience: c.yearsExperience,
      industries: c.industries,
      skills: c.skills,
      notes: c.notes,
      cv: cv && {
        fileName: cv.fileName,
        contentType: cv.contentType,
        sizeBytes: cv.sizeBytes,
        uploadedAt: cv.uploadedAt.toISOString(),
      },
      applications,
      createdAt: c.createdAt.toISOString(),
    };
  }
}
