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
import { TargetsLookup } from '@cadre/api/performance';
import type { CreatePlanRequest, PlanDto, SavePlanDraftRequest } from '@cadre/shared/contracts';
import { checkPlanDocument } from './plan-document';
import type { Plan } from '@cadre/compensation/engine';
import { toPlanDto } from './plan.mapper';
import { PlansRepository } from './plans.repository';

/** Stored commission plans: versioned documents, drafted, checked and published by finance. */
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly transactions: TransactionRunner,
    private readonly targets: TargetsLookup,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<PlanDto[]> {
    const plans = await this.plans.list();
    const versions = await this.plans.versionsOf(plans.map((p) => p.id));
    return plans.map((p) => toPlanDto(p, versions));
  }

  async get(id: string): Promise<PlanDto> {
    const [plan] = await this.plans.list(id);
    if (!plan) throw new NotFoundError('Plan', id);
    return toPlanDto(plan, await this.plans.versionsOf([id]));
  }

  async create(principal: Principal, request: CreatePlanRequest): Promise<PlanDto> {
    const id = await this.transactions.run(async (tx) => {
      const plan = await this.checked(tx, request.document);
      const created = await this.plans.insertPlan(tx, {
        code: request.code,
        name: plan.name ?? request.code,
        currency: plan.currency,
        period: plan.period,
      });
      if (!created)
        throw new InvalidInputError([
          { field: 'code', reason: `A plan "${request.code}" exists already`, code: 'listed_twice' },
        ]);
      const version = await this.plans.insertVersion(tx, {
        planId: created.id,
        version: 1,
        status: 'draft',
        effectiveFrom: request.effectiveFrom,
        document: request.document,
        createdByUserId: principal.userId,
      });
      await this.audit.record(tx, {
        action: 'commission_plan.created',
        entityType: 'commission_plan',
        entityId: created.id,
        after: { code: created.code, version: 1, effectiveFrom: version.effectiveFrom },
      });
      return created.id;
    });
    return this.get(id);
  }

  /** Saves the draft: the one in progress, or a new version after the published ones. */
  async saveDraft(principal: Principal, planId: string, request: SavePlanDraftRequest): Promise<PlanDto> {
    await this.transactions.run(async (tx) => {
      const existing = await this.plans.lock(tx, planId);
      if (!existing) throw new NotFoundError('Plan', planId);
      const plan = await this.checked(tx, request.document);
      this.assertSameShape(existing, plan);
      const versions = await this.plans.versionsOf([planId], tx);
      const draft = versions.find((v) => v.status === 'draft');
      if (draft) {
        const before = { effectiveFrom: draft.effectiveFrom, document: draft.document };
        draft.effectiveFrom = request.effectiveFrom;
        draft.document = request.document;
        await this.plans.saveVersion(tx, draft);
        await this.audit.record(tx, {
          action: 'commission_plan.draft_saved',
          entityType: 'commission_plan',
          entityId: planId,
          before,
          after: { version: draft.version, effectiveFrom: draft.effectiveFrom, document: draft.document },
        });
      } else {
        const version = (versions[0]?.version ?? 0) + 1;
        await this.plans.insertVersion(tx, {
          planId,
          version,
          status: 'draft',
          effectiveFrom: request.effectiveFrom,
          document: request.document,
          createdByUserId: principal.userId,
        });
        await this.audit.record(tx, {
          action: 'commission_plan.draft_started',
          entityType: 'commission_plan',
          entityId: planId,
          after: { version, effectiveFrom: request.effectiveFrom, document: request.document },
        });
      }
      if (plan.name && plan.name !== existing.name) await this.plans.updateName(tx, planId, plan.name);
    });
    return this.get(planId);
  }

  /** Publishes the draft: from its effective date it pays, and it never changes again. */
  async publish(planId: string): Promise<PlanDto> {
    await this.transactions.run(async (tx) => {
      if (!(await this.plans.lock(tx, planId))) throw new NotFoundError('Plan', planId);
      const versions = await this.plans.versionsOf([planId], tx);
      const draft = versions.find((v) => v.status === 'draft');
      if (!draft) throw new ConflictError('This plan has no draft to publish', 'no_draft');
      const latest = versions.find((v) => v.status === 'published');
      if (latest && draft.effectiveFrom <= latest.effectiveFrom)
        throw InvalidInputError.field(
          'effectiveFrom',
          `Must be after ${latest.effectiveFrom}, when version ${latest.version} took effect`,
          'too_small',
          { min: latest.effectiveFrom },
        );
      draft.status = 'published';
      draft.publishedAt = new Date();
      await this.plans.saveVersion(tx, draft);
      await this.audit.record(tx, {
        action: 'commission_plan.published',
        entityType: 'commission_plan',
        entityId: planId,
        after: { version: draft.version, effectiveFrom: draft.effectiveFrom },
      });
    });
    return this.get(planId);
  }

  private async checked(tx: Tx, document: Record<string, unknown>): Promise<Plan> {
    const check = checkPlanDocument(document, await this.targets.metricCodes(tx));
    if (!check.ok)
      throw new InvalidInputError(check.errors.map((e) => ({ ...e, field: `document.${e.field}` })));
    return check.plan;
  }

  private assertSameShape(existing: { currency: string; period: string }, plan: Plan): void {
    if (plan.currency !== existing.currency)
      throw InvalidInputError.field(
        'document.plan.currency',
        `A plan keeps its currency (${existing.currency}): start a new plan for another`,
        'one_of',
      );
    if (plan.period !== existing.period)
      throw InvalidInputError.field(
        'document.plan.period',
        `A plan keeps its period (${existing.period}): start a new plan for another`,
        'one_of',
      );
  }
}
