import { Injectable } from '@nestjs/common';
import { AuditService, InvalidInputError, TransactionRunner, type Principal } from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { CoursesLookup } from '@cadre/api/learning';
import { MentorGoalsService } from '@cadre/api/mentorship';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import type { DevelopmentPlanItemDto } from '@cadre/shared/contracts';
import { ReadinessReader } from '../readiness/readiness-reader.service';
import { DevelopmentPlansRepository } from './development-plans.repository';

/** How long a development goal is given with a mentor. */
const GOAL_DAYS = 90;

/**
 * A development plan in one click: each competency gap towards a level, linked to the
 * nearest course that develops it and, with an active mentor, a mentor goal. Creating it
 * again adds only new gaps.
 */
@Injectable()
export class DevelopmentPlansService {
  constructor(
    private readonly plans: DevelopmentPlansRepository,
    private readonly reader: ReadinessReader,
    private readonly courses: CoursesLookup,
    private readonly goals: MentorGoalsService,
    private readonly access: EmployeeAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** By the employee for themselves, or by whoever manages them (HR anyone). */
  async create(
    principal: Principal,
    employeeId: string,
    levelId: string | undefined,
  ): Promise<DevelopmentPlanItemDto[]> {
    await this.access.assertCanSee(principal, employeeId);
    const catalogue = await this.reader.catalogue();
    const today = todayIso();
    const [position] = await this.reader.currentPositions([employeeId]);
    const target = levelId ?? (position ? catalogue.nextLevels(position.levelId)[0]?.id : undefined);
    if (!target || !catalogue.level(target))
      throw InvalidInputError.field(
        'levelId',
        levelId ? 'No such career level' : 'Choose the level to plan for: there is no next level',
        levelId ? 'no_such_record' : 'required',
      );
    const readiness = (await this.reader.forPeople(catalogue, [{ employeeId, levelId: target }], today)).get(
      employeeId,
    );
    // A competency already planned to the level asked (towards any level) is not planned twice.
    const planned = await this.plans.items(employeeId);
    const gaps = (readiness?.parts.competencies.items ?? []).filter(
      (i) => !i.met && !planned.some((p) => p.competencyId === i.competencyId && p.targetLevel >= i.target),
    );
    const courses = await this.courses.developing(
      null,
      gaps.map((g) => ({ competencyId: g.competencyId, level: g.target })),
    );
    const level = catalogue.level(target);
    await this.transactions.run(async (tx) => {
      const added = await this.plans.insertMissing(
        tx,
        employeeId,
        target,
        gaps.map((g) => ({
          competencyId: g.competencyId,
          targetLevel: g.target,
          // The nearest level first: the shortest course that closes the gap.
          courseId: courses.find((c) => c.competencyId === g.competencyId)?.courseId ?? null,
        })),
        principal.userId,
      );
      for (const item of added) {
        const gap = gaps.find((g) => g.competencyId === item.competencyId);
        const goalId = await this.goals.addForMentee(
          tx,
          employeeId,
          {
            title: `Reach level ${item.targetLevel} in ${gap?.name.en ?? 'this competency'} (towards ${level?.name.en ?? 'the next level'})`,
            competencyId: item.competencyId,
            courseId: item.courseId,
            targetDate: addDaysIso(today, GOAL_DAYS),
          },
          { origin: 'development_plan', itemId: item.id },
        );
        if (goalId) await this.plans.setGoal(tx, item.id, goalId);
      }
      if (added.length)
        await this.audit.record(tx, {
          action: 'development_plan.create',
          entityType: 'employee',
          entityId: employeeId,
          after: { levelId: target, items: added },
        });
    });
    return this.plans.items(employeeId);
  }
}
