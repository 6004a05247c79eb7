import { Injectable, Logger } from '@nestjs/common';
import { AuditService, DailyJobs, HourlyCheck, NotificationsService, type Tx } from '@cadre/api/core';
import { AssignmentProposalsService } from '@cadre/api/compensation';
import { PeopleLookup, RoleChangesService } from '@cadre/api/identity';
import { CurriculaService } from '@cadre/api/learning';
import { DevelopmentPlansRepository } from '../development-plans/development-plans.repository';
import { PositionsRepository } from '../positions/positions.repository';
import { ReadinessReader } from '../readiness/readiness-reader.service';
import { PromotionsRepository } from './promotions.repository';

/**
 * What a promotion does on its effective date, once, in one transaction: the level changes
 * (dated history), identity's role profile and job title change, learning assigns the new
 * level's curriculum, and compensation gets a plan assignment proposal for finance.
 * Approving for today applies at once; later dates are applied by the daily check.
 */
@Injectable()
export class PromotionEffects extends HourlyCheck {
  private readonly logger = new Logger(PromotionEffects.name);

  constructor(
    private readonly promotions: PromotionsRepository,
    private readonly positions: PositionsRepository,
    private readonly plans: DevelopmentPlansRepository,
    private readonly reader: ReadinessReader,
    private readonly roles: RoleChangesService,
    private readonly curricula: CurriculaService,
    private readonly proposals: AssignmentProposalsService,
    private readonly people: PeopleLookup,
    private readonly notifications: NotificationsService,
    private readonly jobs: DailyJobs,
    private readonly audit: AuditService,
  ) {
    super();
  }

  /** The daily run: every approved promotion whose date has come. */
  async run(date: string): Promise<number> {
    const outcome = await this.jobs.runOnce('career-promotions', date, (tx) => this.applyDue(tx, date));
    if (outcome.ran && outcome.result) this.logger.log(`${outcome.result} promotions took effect on ${date}`);
    return outcome.ran ? outcome.result : 0;
  }

  async applyDue(tx: Tx, today: string): Promise<number> {
    let applied = 0;
    for (const id of await this.promotions.due(tx, today)) if (await this.apply(tx, id, today)) applied++;
    return applied;
  }

  /** Applies one approved promotion if its date has come; false when it was applied already. */
  async apply(tx: Tx, id: string, today: string): Promise<boolean> {
    const claimed = await this.promotions.claimDue(tx, id, today);
    if (!claimed) return false;
    const catalogue = await this.reader.catalogue(tx);
    const level = catalogue.level(claimed.toLevelId);
    if (!level) throw new Error(`promotion ${id} names a level that is gone`);
    await this.positions.move(tx, claimed.employeeId, {
      levelId: level.id,
      startsOn: claimed.effectiveOn,
      source: 'promotion',
      promotionId: id,
    });
    const planItemsReached = await this.plans.dropReached(tx, claimed.employeeId, level.id);
    const origin = { origin: 'promotion', promotionId: id };
    await this.roles.change(
      tx,
      claimed.employeeId,
      { roleProfileId: level.roleProfileId, jobTitle: level.name.en },
      origin,
    );
    const curriculum = await this.curricula.assignForRole(
      tx,
      { employeeId: claimed.employeeId, roleProfileId: level.roleProfileId, startDate: claimed.effectiveOn },
      origin,
    );
    const proposalId = await this.proposals.propose(tx, {
      employeeId: claimed.employeeId,
      startsOn: claimed.effectiveOn,
      roleProfileId: level.roleProfileId,
      reason: `Promoted to ${level.name.en}`,
      source: { kind: 'promotion', id },
      notice: { name: claimed.fullName, titleEn: level.name.en, titleZh: level.name.zh },
    });
    await this.audit.record(tx, {
      action: 'promotion.effective',
      entityType: 'promotion',
      entityId: id,
      after: {
        levelId: level.id,
        effectiveOn: claimed.effectiveOn,
        curriculumId: curriculum?.curriculumId ?? null,
        proposalId,
        planItemsReached,
      },
    });
    const accounts = (await this.people.accountsOf(tx, [claimed.employeeId])).get(claimed.employeeId);
    const params = { name: claimed.fullName, titleEn: level.name.en, titleZh: level.name.zh };
    await this.notifications.notify(tx, [
      ...(accounts?.userId
        ? [
            {
              userId: accounts.userId,
              kind: 'careers.promoted',
              params,
              link: '/career',
              dedupeKey: `promotion-effective:${id}:${accounts.userId}`,
            },
          ]
        : []),
      ...(accounts?.managerUserId
        ? [
            {
              userId: accounts.managerUserId,
              kind: 'careers.promotion_effective',
              params,
              link: `/career/people/${claimed.employeeId}`,
              dedupeKey: `promotion-effective:${id}:${accounts.managerUserId}`,
            },
          ]
        : []),
    ]);
    return true;
  }
}
