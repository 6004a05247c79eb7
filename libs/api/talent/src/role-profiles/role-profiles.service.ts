import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  requestContext,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess, PeopleLookup } from '@cadre/api/identity';
import type {
  CreateRoleProfileRequest,
  RoleProfileDto,
  RoleProfileVersionDto,
  RoleProfileVersionRequest,
  FieldError,
} from '@cadre/shared/contracts';
import { CompetenciesRepository } from '../competencies/competencies.repository';
import { toVersionDto } from './role-profile.mapper';
import { RoleProfilesRepository } from './role-profiles.repository';

/**
 * Role profiles and their versions. A version is never changed: editing a profile adds a
 * version and makes it current, so whatever was scored against an older one stays as it was.
 */
@Injectable()
export class RoleProfilesService {
  constructor(
    private readonly profiles: RoleProfilesRepository,
    private readonly competencies: CompetenciesRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: EmployeeAccess,
    private readonly people: PeopleLookup,
  ) {}

  /** Every profile at its current version; in the caller's transaction when given one. */
  async list(tx?: Tx): Promise<RoleProfileDto[]> {
    // One after the other: a transaction's connection runs one query at a time.
    const profiles = await this.profiles.listProfiles(tx);
    const current = await this.profiles.versions({ current: true }, tx);
    const refs = await this.profiles.versionRefs(
      profiles.map((p) => p.id),
      tx,
    );
    const byProfile = new Map(current.map((v) => [v.profileId, v]));
    return profiles.flatMap((p) => {
      const version = byProfile.get(p.id);
      return version
        ? [
            {
              id: p.id,
              code: p.code,
              currentVersion: p.currentVersion,
              current: toVersionDto(version),
              versions: (refs.get(p.id) ?? []).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
            },
          ]
        : [];
    });
  }

  /**
   * The role profile an employee holds (set when they were hired against it), for their
   * page; null when none. Whoever may see the employee may see it: reps read their own.
   */
  async ofEmployee(principal: Principal, employeeId: string): Promise<RoleProfileDto | null> {
    await this.access.assertCanSee(principal, employeeId);
    const roleProfileId = await this.people.roleProfileIdOf(null, employeeId);
    return roleProfileId ? this.get(roleProfileId) : null;
  }

  async get(id: string): Promise<RoleProfileDto> {
    const found = (await this.list()).find((p) => p.id === id);
    if (!found) throw new NotFoundError('Role profile', id);
    return found;
  }

  /** The version a new requisition is written against, read in the caller's transaction. */
  async currentVersionId(tx: Tx, profileId: string): Promise<string | null> {
    return this.profiles.currentVersionId(tx, profileId);
  }

  async getVersion(tx: Tx | null, versionId: string): Promise<RoleProfileVersionDto> {
    const [version] = await this.profiles.versions({ ids: [versionId] }, tx ?? undefined);
    if (!version) throw new NotFoundError('Role profile version', versionId);
    return toVersionDto(version);
  }

  async create(request: CreateRoleProfileRequest): Promise<RoleProfileDto> {
    const id = await this.transactions.run(async (tx) => {
      if (await this.profiles.findProfileByCode(request.code, tx)) {
        throw new ConflictError(
          `A role profile with the code "${request.code}" already exists`,
          'code_taken',
        );
      }
      await this.assertRequirements(tx, request);
      const profileId = await this.profiles.insertProfile(tx, request.code);
      const versionId = await this.insertVersion(tx, profileId, 1, request);
      await this.audit.record(tx, {
        action: 'role_profile.create',
        entityType: 'role_profile',
        entityId: profileId,
        after: { versionId, ...request },
      });
      return profileId;
    });
    return this.get(id);
  }

  async addVersion(profileId: string, request: RoleProfileVersionRequest): Promise<RoleProfileDto> {
    await this.transactions.run(async (tx) => {
      const profile = await this.profiles.findProfileForUpdate(tx, profileId);
      if (!profile) throw new NotFoundError('Role profile', profileId);
      await this.assertRequirements(tx, request);
      const next = profile.currentVersion + 1;
      const versionId = await this.insertVersion(tx, profileId, next, request);
      await this.profiles.setCurrentVersion(tx, profileId, next);
      await this.audit.record(tx, {
        action: 'role_profile.new_version',
        entityType: 'role_profile',
        entityId: profileId,
        before: { version: profile.currentVersion },
        after: { version: next, versionId, ...request },
      });
    });
    return this.get(profileId);
  }

  private insertVersion(
    tx: Tx,
    profileId: string,
    version: number,
    request: RoleProfileVersionRequest,
  ): Promise<string> {
    return this.profiles.insertVersion(
      tx,
      {
        profileId,
        version,
        nameEn: request.name.en,
        nameZh: request.name.zh,
        summaryEn: request.summary.en,
        summaryZh: request.summary.zh,
        minYearsExperience: request.minYearsExperience,
        education: request.education,
        createdByUserId: requestContext.current()?.principal?.userId ?? null,
      },
      request.competencies,
    );
  }

  private async assertRequirements(tx: Tx, request: RoleProfileVersionRequest): Promise<void> {
    const problems: FieldError[] = [];
    const ids = request.competencies.map((c) => c.competencyId);
    const found = new Map((await this.competencies.findByIds(ids, tx)).map((c) => [c.id, c]));
    const seen = new Set<string>();
    request.competencies.forEach((c, i) => {
      const competency = found.get(c.competencyId);
      if (!competency)
        problems.push({
          field: `competencies[${i}].competencyId`,
          reason: 'no competency has this id',
          code: 'no_such_record',
        });
      else if (competency.archived)
        problems.push({
          field: `competencies[${i}].competencyId`,
          reason: `"${competency.code}" is archived`,
        });
      if (seen.has(c.competencyId))
        problems.push({
          field: `competencies[${i}].competencyId`,
          reason: 'listed twice',
          code: 'listed_twice',
        });
      seen.add(c.competencyId);
    });
    if (problems.length) throw new InvalidInputError(problems);
  }
}
