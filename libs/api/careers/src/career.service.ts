import { Injectable } from '@nestjs/common';
import {
  AuditService,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { CertificationsLookup } from '@cadre/api/learning';
import { TargetsLookup } from '@cadre/api/performance';
import { todayIso } from '@cadre/shared/util';
import type {
  CareerDto,
  CareerLevelTerms,
  CareerPositionDto,
  CareerTrackDto,
  FieldError,
  UpdateCareerLevelRequest,
} from '@cadre/shared/contracts';
import { AssessmentsService } from './assessments/assessments.service';
import { DevelopmentPlansRepository } from './development-plans/development-plans.repository';
import { PositionsRepository } from './positions/positions.repository';
import { PromotionsService } from './promotions/promotions.service';
import { ReadinessReader } from './readiness/readiness-reader.service';
import { PeopleRepository } from './talent-view/people.repository';
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
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async tracksList(): Promise<CareerTrackDto[]> {
    return (await this.reader.catalogue()).tracks;
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

  /** HR edits a level's terms: a new version, the old kept (nominations keep their snapshot). */
  async updateLevel(
    principal: Principal,
    levelId: string,
    terms: UpdateCareerLevelRequest,
  ): Promise<CareerTrackDto[]> {
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
    await this.transactions.run(async (tx) => {
      const version = await this.tracks.lockLevel(tx, levelId);
      if (version === null) throw new NotFoundError('Career level', levelId);
      // Saving what is already there makes no new version.
      if (sameTerms((await this.reader.catalogue(tx)).level(levelId), terms)) return;
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
