import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess, RoleChangesService } from '@cadre/api/identity';
import { CertificationsLookup } from '@cadre/api/learning';
import { TargetsLookup } from '@cadre/api/performance';
import { RoleProfilesService } from '@cadre/api/talent';
import { todayIso } from '@cadre/shared/util';
import type {
  AddCareerLevelRequest,
  CareerDto,
  CareerLevelTerms,
  CareerPositionDto,
  CareerTrackDto,
  FieldError,
  PlaceOnLevelRequest,
  UpdateCareerLevelRequest,
} from '@cadre/shared/contracts';
import { AssessmentsService } from './assessments/assessments.service';
import { DevelopmentPlansRepository } from './development-plans/development-plans.repository';
import { PositionsRepository } from './positions/positions.repository';
import { PromotionsService } from './promotions/promotions.service';
import { ReadinessReader } from './readiness/readiness-reader.service';
import { PeopleRepository } from './talent-view/people.repository';
import type { CareerCatalogue } from './tracks/career-catalogue';
import { TracksRepository } from './tracks/tracks.repository';

/** The tracks, and one person's career: where they stand, readiness, plan, assessment, promotions. */
@Injectable()
export class CareerService {
  constructor(
    private readonly reader: ReadinessReader,
    private readonly tracks: TracksRepository,
    private readonly positions: PositionsRepository,
    private readonly plans: DevelopmentPlansRepository,
    private readonly assessments: AssessmentsService,
    private readonly promotions: PromotionsService,
    private readonly people: PeopleRepository,
    private readonly access: EmployeeAccess,
    private readonly targets: TargetsLookup,
    private readonly certifications: CertificationsLookup,
    private readonly profiles: RoleProfilesService,
    private readonly roles: RoleChangesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async tracksList(): Promise<CareerTrackDto[]> {
    return (await this.reader.catalogue()).tracks;
  }

  /** The caller's own career; an account without an employee record has none. */
  mine(principal: Principal, levelId: string | undefined): Promise<CareerDto> {
    if (!principal.employeeId) throw new NotFoundError('Employee record for this account');
    return this.career(principal, principal.employeeId, levelId);
  }

  /** The readiness of the level asked for, or of the first level one may go to next. */
  async career(principal: Principal, employeeId: string, levelId: string | undefined): Promise<CareerDto> {
    await this.access.assertCanSee(principal, employeeId);
    const catalogue = await this.reader.catalogue();
    if (levelId && !catalogue.level(levelId))
      throw InvalidInputError.field('levelId', 'No such career level', 'no_such_record');
    const [[person], history] = await Promise.all([
      this.people.byIds([employeeId]),
      this.positions.history(employeeId),
    ]);
    if (!person) throw new NotFoundError('Employee', employeeId);
    const current = history.find((p) => p.endsOn === null) ?? null;
    const next = current ? catalogue.nextLevels(current.levelId) : [];
    const target = levelId ?? next[0]?.id;
    const [readiness, plan, assessment, promotions] = await Promise.all([
      target
        ? this.reader.forPeople(catalogue, [{ employeeId, levelId: target }], todayIso())
        : Promise.resolve(new Map()),
      this.plans.items(employeeId),
      this.assessments.latestFor(principal, employeeId, catalogue),
      this.promotions.ofEmployee(principal, employeeId, catalogue),
    ]);
    const toPosition = (p: (typeof history)[number]): CareerPositionDto => ({
      levelId: p.levelId,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      source: p.source,
    });
    return {
      employeeId,
      fullName: person.fullName,
      tracks: catalogue.tracks,
      position: current && toPosition(current),
      history: history.map(toPosition),
      nextLevelIds: next.map((l) => l.id),
      readiness: readiness.get(employeeId) ?? null,
      plan,
      assessment,
      promotions,
    };
  }

  /**
   * HR edits a level's terms (a new version, the old kept: nominations keep their snapshot)
   * and the levels one may move to from it.
   */
  async updateLevel(
    principal: Principal,
    levelId: string,
    terms: UpdateCareerLevelRequest,
  ): Promise<CareerTrackDto[]> {
    await this.checkTerms(terms);
    await this.transactions.run(async (tx) => {
      const version = await this.tracks.lockLevel(tx, levelId);
      if (version === null) throw new NotFoundError('Career level', levelId);
      const catalogue = await this.reader.catalogue(tx);
      if (terms.movesTo) await this.saveMoves(tx, catalogue, levelId, terms.movesTo);
      // Saving what is already there makes no new version.
      if (sameTerms(catalogue.level(levelId), terms)) return;
      await this.tracks.addVersion(tx, levelId, version + 1, terms, principal.userId);
      await this.audit.record(tx, {
        action: 'career_level.version',
        entityType: 'career_level',
        entityId: levelId,
        after: { version: version + 1, ...terms },
      });
    });
    return this.tracksList();
  }

  /** HR adds a level at the top of a track: a role profile that is no level yet. */
  async addLevel(
    principal: Principal,
    trackId: string,
    request: AddCareerLevelRequest,
  ): Promise<CareerTrackDto[]> {
    await this.checkTerms(request);
    await this.transactions.run(async (tx) => {
      if (!(await this.tracks.lockTrack(tx, trackId))) throw new NotFoundError('Career track', trackId);
      if (!(await this.profiles.currentVersionId(tx, request.roleProfileId)))
        throw InvalidInputError.field('roleProfileId', 'No such role profile', 'no_such_record');
      const levelId = await this.tracks.addLevel(
        tx,
        trackId,
        request.roleProfileId,
        request,
        principal.userId,
      );
      if (!levelId) throw new ConflictError('This role profile is a level already', 'conflict');
      if (request.movesTo?.length)
        await this.saveMoves(tx, await this.reader.catalogue(tx), levelId, request.movesTo);
      await this.audit.record(tx, {
        action: 'career_level.create',
        entityType: 'career_level',
        entityId: levelId,
        after: { trackId, ...request },
      });
    });
    return this.tracksList();
  }

  /**
   * HR places someone on a level from a date (their role profile follows), or moves the
   * start of their current level earlier to credit experience from before they joined.
   */
  async place(principal: Principal, employeeId: string, request: PlaceOnLevelRequest): Promise<CareerDto> {
    await this.access.assertCanSee(principal, employeeId);
    const today = todayIso();
    if (request.startsOn > today)
      throw InvalidInputError.field('startsOn', 'cannot be in the future', 'too_large', { max: today });
    const catalogue = await this.reader.catalogue();
    const level = catalogue.level(request.levelId);
    if (!level) throw InvalidInputError.field('levelId', 'No such career level', 'no_such_record');
    await this.transactions.run(async (tx) => {
      await this.roles.lock(tx, employeeId);
      const [current] = await this.positions.current([employeeId], tx);
      const source = request.credited ? 'credited' : 'placed';
      if (current && current.levelId === level.id) {
        if (request.startsOn >= current.startsOn)
          throw InvalidInputError.field(
            'startsOn',
            `They are at this level since ${current.startsOn}: credit a date before it`,
            'too_large',
            { max: current.startsOn },
          );
        await this.positions.restart(tx, employeeId, request.startsOn, source);
      } else {
        if (current && request.startsOn <= current.startsOn)
          throw InvalidInputError.field(
            'startsOn',
            `must be after ${current.startsOn}, when their current level began`,
            'too_small',
            { min: current.startsOn },
          );
        await this.positions.move(tx, employeeId, {
          levelId: level.id,
          startsOn: request.startsOn,
          source,
          promotionId: null,
        });
        await this.roles.change(
          tx,
          employeeId,
          { roleProfileId: level.roleProfileId, jobTitle: level.name.en },
          { origin: 'career_placement' },
        );
      }
      await this.audit.record(tx, {
        action: 'career_position.place',
        entityType: 'employee',
        entityId: employeeId,
        before: current ?? null,
        after: { levelId: level.id, startsOn: request.startsOn, source },
      });
    });
    return this.career(principal, employeeId, undefined);
  }

  /** Moves go to levels of other tracks; the same track's next rank needs none. */
  private async saveMoves(
    tx: Tx,
    catalogue: CareerCatalogue,
    levelId: string,
    toLevelIds: string[],
  ): Promise<void> {
    const from = catalogue.level(levelId);
    const problems: FieldError[] = [];
    toLevelIds.forEach((id, i) => {
      const to = catalogue.level(id);
      if (!to)
        problems.push({ field: `movesTo[${i}]`, reason: 'No such career level', code: 'no_such_record' });
      else if (to.trackId === from?.trackId)
        problems.push({ field: `movesTo[${i}]`, reason: 'is on the same track', code: 'one_of' });
    });
    if (problems.length) throw new InvalidInputError(problems);
    const next = [...new Set(toLevelIds)].sort();
    if (JSON.stringify(next) === JSON.stringify([...(from?.movesTo ?? [])].sort())) return;
    await this.tracks.replaceMoves(tx, levelId, next);
    await this.audit.record(tx, {
      action: 'career_level.moves',
      entityType: 'career_level',
      entityId: levelId,
      before: { movesTo: from?.movesTo ?? [] },
      after: { movesTo: next },
    });
  }

  /** Certification codes courses issue, metrics that exist, one threshold per metric. */
  private async checkTerms(terms: CareerLevelTerms): Promise<void> {
    const metrics = new Set(await this.targets.metricCodes(null));
    const certifications = await this.certifications.knownCodes(null);
    const problems: FieldError[] = [];
    terms.certifications.forEach((code, i) => {
      if (!certifications.has(code))
        problems.push({
          field: `certifications[${i}]`,
          reason: `No course certifies "${code}"`,
          code: 'unknown_certification',
          params: { value: code },
        });
    });
    const seenMetrics = new Set<string>();
    terms.results.forEach((t, i) => {
      if (!metrics.has(t.metric))
        problems.push({
          field: `results[${i}].metric`,
          reason: `No metric "${t.metric}"`,
          code: 'plan_metric',
          params: { value: t.metric },
        });
      else if (seenMetrics.has(t.metric))
        problems.push({
          field: `results[${i}].metric`,
          reason: 'has a threshold already',
          code: 'listed_twice',
        });
      seenMetrics.add(t.metric);
      if (t.quarters > t.ofQuarters)
        problems.push({
          field: `results[${i}].quarters`,
          reason: `must be at most the ${t.ofQuarters} quarters looked at`,
          code: 'too_large',
          params: { max: t.ofQuarters },
        });
    });
    if (new Set(terms.certifications).size !== terms.certifications.length)
      problems.push({ field: 'certifications', reason: 'names a certification twice', code: 'listed_twice' });
    if (problems.length) throw new InvalidInputError(problems);
  }
}

function sameTerms(current: CareerLevelTerms | undefined, next: CareerLevelTerms): boolean {
  if (!current) return false;
  const pick = (t: CareerLevelTerms) =>
    JSON.stringify([
      t.responsibilities.en,
      t.responsibilities.zh,
      t.certifications,
      t.minMonthsInPreviousLevel,
      t.results.map((r) => [r.metric, r.minAttainment, r.quarters, r.ofQuarters]),
    ]);
  return pick(current) === pick(next);
}
