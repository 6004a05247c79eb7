import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import type {
  FieldError,
  MentorCandidateDto,
  MentorProfileDto,
  MentorProfileRequest,
  MyMentoringDto,
} from '@cadre/shared/contracts';
import { PairingsService } from '../pairings/pairings.service';
import {
  MentorsRepository,
  type EvidenceLevelRow,
  type MentorProfileRow,
  type MentorStrengthRow,
} from './mentors.repository';

/** Mentor profiles: an employee opts in, or HR nominates them; strengths start from their evidence. */
@Injectable()
export class MentorsService {
  constructor(
    private readonly mentors: MentorsRepository,
    private readonly pairings: PairingsService,
    private readonly access: EmployeeAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The caller's mentoring: their mentor, their mentees, their profile and what their evidence shows. */
  async me(principal: Principal): Promise<MyMentoringDto> {
    const pairings = await this.pairings.mine(principal);
    const self = principal.employeeId;
    const [profile] = self ? await this.profiles([self]) : [];
    const evidence = self ? await this.mentors.evidenceLevels([self]) : [];
    const competencies = await this.competencies();
    return {
      asMentee: pairings.filter((p) => p.myPart === 'mentee'),
      asMentor: pairings.filter((p) => p.myPart === 'mentor'),
      profile: profile ?? null,
      evidence: evidence.map(toEvidence),
      competencies,
    };
  }

  private async competencies(): Promise<MyMentoringDto['competencies']> {
    return (await this.mentors.activeCompetencies()).map((c) => ({
      id: c.id,
      code: c.code,
      name: { en: c.name_en, zh: c.name_zh },
    }));
  }

  /** Every mentor, for those who pair people (managers pick mentors from anywhere). */
  pool(): Promise<MentorProfileDto[]> {
    return this.profiles(null);
  }

  /** Someone's profile (or null) and their evidence, for the profile form: one's own, or anyone's for those who pair people. */
  async candidate(principal: Principal, employeeId: string): Promise<MentorCandidateDto> {
    if (employeeId !== principal.employeeId) {
      if (!principal.permissions.includes('mentorship:assign'))
        throw new ForbiddenError('Only your own mentor profile');
      if (!principal.permissions.includes('mentorship:manage'))
        await this.access.assertCanSee(principal, employeeId);
    }
    const [[profile], evidence, competencies] = await Promise.all([
      this.profiles([employeeId]),
      this.mentors.evidenceLevels([employeeId]),
      this.competencies(),
    ]);
    return { employeeId, profile: profile ?? null, evidence: evidence.map(toEvidence), competencies };
  }

  /**
   * Opts the caller in (or HR nominates someone). A strength at another level than the
   * evidence shows needs a reason; capacity never drops below the mentees they have.
   */
  async save(
    principal: Principal,
    employeeId: string,
    request: MentorProfileRequest,
  ): Promise<MentorProfileDto> {
    const self = employeeId === principal.employeeId;
    if (!self && !principal.permissions.includes('mentorship:manage'))
      throw new ForbiddenError('HR nominates others as mentors; you may opt yourself in');
    if (!self) await this.access.assertCanSee(principal, employeeId);
    await this.transactions.run(async (tx) => {
      const problems: FieldError[] = [];
      const evidence = new Map(
        (await this.mentors.evidenceLevels([employeeId], tx)).map((e) => [e.competency_id, e.level]),
      );
      const known = await this.mentors.existingCompetencies(
        tx,
        request.strengths.map((s) => s.competencyId),
      );
      const seen = new Set<string>();
      request.strengths.forEach((s, i) => {
        if (!known.has(s.competencyId))
          problems.push({
            field: `strengths[${i}].competencyId`,
            reason: 'names no competency',
            code: 'no_such_record',
          });
        else if (seen.has(s.competencyId))
          problems.push({
            field: `strengths[${i}].competencyId`,
            reason: 'is listed twice',
            code: 'listed_twice',
          });
        seen.add(s.competencyId);
        const shown = evidence.get(s.competencyId) ?? null;
        if (shown !== s.level && !s.reason)
          problems.push({
            field: `strengths[${i}].reason`,
            reason:
              shown === null
                ? 'say why: no evidence shows this competency yet'
                : `say why: the evidence shows level ${shown}`,
            code: 'reason_required',
          });
      });
      const [current] = await this.mentors.profiles([employeeId], tx);
      if (current && request.capacity < current.load)
        problems.push({
          field: 'capacity',
          reason: `cannot be below the ${current.load} mentees they have`,
          code: 'too_small',
          params: { min: current.load },
        });
      if (problems.length) throw new InvalidInputError(problems);
      await this.mentors.save(
        tx,
        employeeId,
        { ...request, nominatedBy: current?.nominated_by ?? (self ? 'self' : 'hr') },
        // A level the evidence shows needs no reason, so none is kept.
        request.strengths.map((s) => ({
          ...s,
          reason: evidence.get(s.competencyId) === s.level ? null : (s.reason ?? null),
        })),
      );
      await this.audit.record(tx, {
        action: current ? 'mentor_profile.update' : 'mentor_profile.create',
        entityType: 'employee',
        entityId: employeeId,
        before: current
          ? { capacity: current.capacity, active: current.active, languages: current.languages }
          : null,
        after: {
          capacity: request.capacity,
          active: request.active,
          languages: request.languages,
          strengths: request.strengths.map((s) => ({
            competencyId: s.competencyId,
            level: s.level,
            reason: s.reason ?? null,
          })),
        },
      });
    });
    const [saved] = await this.profiles([employeeId]);
    if (!saved) throw new NotFoundError('Mentor profile', employeeId);
    return saved;
  }

  private async profiles(ids: string[] | null): Promise<MentorProfileDto[]> {
    const rows = await this.mentors.profiles(ids);
    const employeeIds = rows.map((r) => r.employee_id);
    const [strengths, evidence] = await Promise.all([
      this.mentors.strengths(employeeIds),
      this.mentors.evidenceLevels(employeeIds),
    ]);
    return rows.map((row) => toProfile(row, strengths, evidence));
  }
}

function toEvidence(e: EvidenceLevelRow): MentorCandidateDto['evidence'][number] {
  return {
    competencyId: e.competency_id,
    competencyCode: e.code,
    competencyName: { en: e.name_en, zh: e.name_zh },
    level: e.level,
  };
}

function toProfile(
  row: MentorProfileRow,
  strengths: MentorStrengthRow[],
  evidence: EvidenceLevelRow[],
): MentorProfileDto {
  const shown = new Map(
    evidence.filter((e) => e.employee_id === row.employee_id).map((e) => [e.competency_id, e.level]),
  );
  return {
    employeeId: row.employee_id,
    fullName: row.full_name,
    jobTitle: row.job_title,
    orgUnitName: row.org_unit_name,
    capacity: row.capacity,
    load: row.load,
    languages: row.languages,
    availability: row.availability,
    active: row.active,
    nominatedBy: row.nominated_by,
    strengths: strengths
      .filter((s) => s.employee_id === row.employee_id)
      .map((s) => ({
        competencyId: s.competency_id,
        competencyCode: s.code,
        competencyName: { en: s.name_en, zh: s.name_zh },
        level: s.level,
        evidenceLevel: shown.get(s.competency_id) ?? null,
        reason: s.reason,
      })),
  };
}
