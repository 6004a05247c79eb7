import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { InvalidInputError, type Principal } from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { todayIso } from '@cadre/shared/util';
import { OPEN_PROMOTION_STATUSES, type ReadinessDto, type TalentRowDto } from '@cadre/shared/contracts';
import { assessmentStatus } from '../assessments/assessment.mapper';
import { AssessmentsService } from '../assessments/assessments.service';
import { PromotionsRepository } from '../promotions/promotions.repository';
import { ReadinessReader } from '../readiness/readiness-reader.service';
import { PeopleRepository } from './people.repository';

/** Nine-box thirds: competency score and latest quarter's attainment, low / medium / high. */
export function competencyBox(readiness: ReadinessDto): number | null {
  const items = readiness.parts.competencies.items;
  if (!items.length || items.every((i) => i.level === null)) return null;
  const score = new Decimal(readiness.parts.competencies.score);
  return score.gte('0.9') ? 3 : score.gte('0.7') ? 2 : 1;
}

export function resultsBox(readiness: ReadinessDto): number | null {
  const latest = readiness.parts.results.thresholds[0]?.window[0]?.attainment;
  if (latest === null || latest === undefined) return null;
  const attainment = new Decimal(latest);
  return attainment.gte('1.1') ? 3 : attainment.gte('0.9') ? 2 : 1;
}

/** A manager's or HR's talent view: readiness per person for their next level, in one pass. */
@Injectable()
export class TalentViewService {
  constructor(
    private readonly reader: ReadinessReader,
    private readonly people: PeopleRepository,
    private readonly access: EmployeeAccess,
    private readonly assessments: AssessmentsService,
    private readonly promotions: PromotionsRepository,
  ) {}

  async team(principal: Principal, orgUnitId: string | undefined): Promise<TalentRowDto[]> {
    const visible = await this.access.visibleEmployees(principal);
    if (orgUnitId) await this.access.assertCanSeeUnit(principal, orgUnitId);
    else if (visible.all)
      throw InvalidInputError.field(
        'orgUnitId',
        'Choose a unit: the whole organisation is read unit by unit',
        'required',
      );
    const people = (
      orgUnitId
        ? await this.people.inUnit(orgUnitId)
        : await this.people.byIds(visible.all ? [] : visible.ids)
    ).filter((p) => p.id !== principal.employeeId && (visible.all || visible.ids.includes(p.id)));
    const ids = people.map((p) => p.id);
    const catalogue = await this.reader.catalogue();
    const positions = new Map((await this.reader.currentPositions(ids)).map((p) => [p.employeeId, p]));
    const next = new Map(
      [...positions.values()].flatMap((p) => {
        const level = catalogue.nextLevels(p.levelId)[0];
        return level ? [[p.employeeId, level.id] as const] : [];
      }),
    );
    const [readiness, assessments, open] = await Promise.all([
      this.reader.forPeople(
        catalogue,
        [...next].map(([employeeId, levelId]) => ({ employeeId, levelId })),
        todayIso(),
      ),
      this.assessments.latestStatuses(ids),
      this.promotions.list({ employeeIds: ids, statuses: [...OPEN_PROMOTION_STATUSES] }),
    ]);
    const assessmentOf = new Map(assessments.map((a) => [a.employeeId, a]));
    const promotionOf = new Map(open.map((p) => [p.employeeId, p.id]));
    return people.map((p) => {
      const r = readiness.get(p.id);
      const assessment = assessmentOf.get(p.id);
      return {
        employeeId: p.id,
        fullName: p.fullName,
        orgUnitName: p.orgUnitName,
        levelId: positions.get(p.id)?.levelId ?? null,
        nextLevelId: next.get(p.id) ?? null,
        readinessPercent: r?.percent ?? null,
        partsMet: r?.partsMet ?? 0,
        competencyBox: r ? competencyBox(r) : null,
        resultsBox: r ? resultsBox(r) : null,
        openPromotionId: promotionOf.get(p.id) ?? null,
        assessmentId: assessment?.id ?? null,
        assessmentStatus: assessment ? assessmentStatus(assessment) : null,
      };
    });
  }
}
