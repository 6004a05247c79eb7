import { Injectable } from '@nestjs/common';
import type { Tx } from '@cadre/api/core';
import { CertificationsLookup } from '@cadre/api/learning';
import { ResultsLookup, TargetsLookup } from '@cadre/api/performance';
import { CompetencyEvidenceService, RoleProfilesService } from '@cadre/api/talent';
import type { ReadinessDto } from '@cadre/shared/contracts';
import { PositionsRepository, type PositionRow } from '../positions/positions.repository';
import { CareerCatalogue } from '../tracks/career-catalogue';
import { TracksRepository } from '../tracks/tracks.repository';
import { monthsBetween, type ReadinessFacts } from './readiness';
import { explainReadiness } from './readiness-explained';

/** What is read of one person, filled in place from the set-based reads. */
interface PersonFacts extends ReadinessFacts {
  evidence: Map<string, number>;
  certifications: Set<string>;
  attainment: Map<string, { period: string; attainment: string | null }[]>;
  since: string | null;
}

/** Whose readiness for which level. */
export interface ReadinessAsk {
  employeeId: string;
  levelId: string;
}

/**
 * Readiness for many people at once: each fact (evidence, certifications, positions,
 * quarterly attainment) is read in one query for the whole list, then scored in memory.
 */
@Injectable()
export class ReadinessReader {
  constructor(
    private readonly tracks: TracksRepository,
    private readonly profiles: RoleProfilesService,
    private readonly evidence: CompetencyEvidenceService,
    private readonly certifications: CertificationsLookup,
    private readonly results: ResultsLookup,
    private readonly targets: TargetsLookup,
    private readonly positions: PositionsRepository,
  ) {}

  async catalogue(tx?: Tx): Promise<CareerCatalogue> {
    const rows = await this.tracks.levels(tx);
    const profiles = await this.profiles.list(tx);
    return new CareerCatalogue(rows, profiles);
  }

  currentPositions(employeeIds: string[], tx?: Tx): Promise<PositionRow[]> {
    return this.positions.current(employeeIds, tx);
  }

  async forPeople(
    catalogue: CareerCatalogue,
    asks: ReadinessAsk[],
    today: string,
    tx?: Tx,
  ): Promise<Map<string, ReadinessDto>> {
    const ids = [...new Set(asks.map((a) => a.employeeId))];
    if (!ids.length) return new Map();
    const thresholds = asks.flatMap((a) => catalogue.level(a.levelId)?.results ?? []);
    const metrics = [...new Set(thresholds.map((t) => t.metric))];
    const window = Math.max(0, ...thresholds.map((t) => t.ofQuarters));
    const quarters = window ? await this.results.lastCompleteQuarters(tx ?? null, window, today) : [];
    const reads = [
      () => this.evidence.latestLevels(tx ?? null, ids),
      () => this.certifications.heldOn(tx ?? null, ids, today),
      () => this.positions.current(ids, tx),
      () => this.results.quarterly(tx ?? null, ids, metrics, quarters),
      () => (metrics.length ? this.targets.metricNames(tx ?? null, metrics) : Promise.resolve([])),
    ] as const;
    // A transaction's connection takes one query at a time; outside one, the pool serves all five at once.
    const [evidence, held, positions, attainment, metricNames] = tx
      ? ([await reads[0](), await reads[1](), await reads[2](), await reads[3](), await reads[4]()] as const)
      : await Promise.all([reads[0](), reads[1](), reads[2](), reads[3](), reads[4]()]);
    const facts = new Map<string, PersonFacts>(
      ids.map((id) => [
        id,
        {
          evidence: new Map(),
          certifications: new Set(),
          monthsInLevel: 0,
          attainment: new Map(),
          since: null,
        },
      ]),
    );
    for (const e of evidence) facts.get(e.employeeId)?.evidence.set(e.competencyId, e.level);
    for (const c of held) facts.get(c.employeeId)?.certifications.add(c.code);
    for (const p of positions) {
      const f = facts.get(p.employeeId);
      if (!f) continue;
      f.monthsInLevel = monthsBetween(p.startsOn, today);
      f.since = p.startsOn;
    }
    // Newest quarter first, as the thresholds read their window.
    const order = new Map(quarters.map((key, i) => [key, i]));
    for (const a of [...attainment].sort((x, y) => (order.get(x.period) ?? 0) - (order.get(y.period) ?? 0))) {
      const byMetric = facts.get(a.employeeId)?.attainment;
      byMetric?.set(a.metric, [
        ...(byMetric.get(a.metric) ?? []),
        { period: a.period, attainment: a.attainment },
      ]);
    }
    const names = new Map(metricNames.map((m) => [m.code, { en: m.nameEn, zh: m.nameZh }]));
    const answers = new Map<string, ReadinessDto>();
    const at = new Map(positions.map((p) => [p.employeeId, p.levelId]));
    for (const ask of asks) {
      const found = facts.get(ask.employeeId);
      if (!found || !catalogue.level(ask.levelId)) continue;
      // Months count in the level just below the one asked about: for a level further up
      // (or on another track), none have been served yet.
      const from = at.get(ask.employeeId);
      const below =
        from !== undefined &&
        (from === ask.levelId || catalogue.nextLevels(from).some((l) => l.id === ask.levelId));
      const f = below ? found : { ...found, monthsInLevel: 0, since: null };
      answers.set(
        ask.employeeId,
        explainReadiness(
          ask.levelId,
          catalogue.requirements(ask.levelId),
          catalogue.competenciesOf(ask.levelId),
          f,
          names,
        ),
      );
    }
    return answers;
  }
}
