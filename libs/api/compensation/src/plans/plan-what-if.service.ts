import { Injectable } from '@nestjs/common';
import { ConflictError, InvalidInputError, NotFoundError, TransactionRunner, type Tx } from '@cadre/api/core';
import {
  Decimal,
  periodKeyOf,
  ZERO,
  type Period,
  type Plan,
  type Statement,
} from '@cadre/compensation/engine';
import type { PlanWhatIfDto, PlanWhatIfPersonDto, RunProblemDto } from '@cadre/shared/contracts';
import { todayIso } from '@cadre/shared/util';
import { RUN_BATCH, RunCalculator } from '../runs/run-calculator';
import { RunInputsRepository, type RunPayeeRow } from '../runs/run-inputs.repository';
import { periodOfKey, previousPeriodKey } from '../runs/run-periods';
import { parseStoredPlan } from './plan-document';
import { PlansRepository } from './plans.repository';

/**
 * Before publishing: what a past period would have paid under the plan's draft, beside what
 * the version in force paid, for everyone the plan was assigned to then. Both are the run's
 * own calculation (RunCalculator.inputsOf, then the engine's evaluate) on the period's
 * credits, quotas, balances and certifications; nothing is written.
 */
@Injectable()
export class PlanWhatIfService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly plans: PlansRepository,
    private readonly inputs: RunInputsRepository,
    private readonly calculator: RunCalculator,
  ) {}

  async whatIf(planId: string, periodKey?: string): Promise<PlanWhatIfDto> {
    const stored = await this.plans.byId(planId);
    if (!stored) throw new NotFoundError('Plan', planId);
    const today = todayIso();
    const key = periodKey ?? previousPeriodKey(periodOfKey(periodKeyOf(today, stored.period)) as Period);
    const period = periodOfKey(key);
    if (!period || period.kind !== stored.period)
      throw InvalidInputError.field(
        'period',
        `"${key}" is not a ${stored.period} (this plan pays by ${stored.period})`,
        'format',
      );
    if (period.first > today)
      throw InvalidInputError.field('period', `${key} has not started`, 'future_period');

    return this.transactions.run(async (tx) => {
      const versions = await this.plans.versionsOf([planId], tx);
      const draft = versions.filter((v) => v.status === 'draft').sort((a, b) => b.version - a.version)[0];
      if (!draft) throw new ConflictError('This plan has no draft to compare: edit it first', 'no_draft');
      const current = await this.plans.effectiveVersion(tx, planId, period.last);
      const draftPlan = parseStoredPlan(draft.document, period.key);
      const currentPlan = current ? parseStoredPlan(current.document, period.key) : null;

      const people = await this.inputs.planPayees(tx, planId, period.first, period.last);
      const problems: PlanWhatIfDto['problems'] = [];
      const rows: PlanWhatIfPersonDto[] = [];
      for (let i = 0; i < people.length; i += RUN_BATCH) {
        const batch = people.slice(i, i + RUN_BATCH).map((p) => ({ ...p, planVersionId: draft.id }));
        const byDraft = await this.statements(tx, draftPlan, period, batch, problems, 'draft');
        const byCurrent = currentPlan
          ? await this.statements(tx, currentPlan, period, batch, problems, 'current')
          : new Map<string, Statement>();
        for (const person of batch) {
          const d = byDraft.get(person.employeeId);
          const c = byCurrent.get(person.employeeId);
          rows.push({
            employeeId: person.employeeId,
            fullName: person.fullName,
            current: c ? { earnings: c.earnings, payout: c.payout } : null,
            draft: d ? { earnings: d.earnings, payout: d.payout } : null,
            difference: c && d ? new Decimal(d.earnings).minus(c.earnings).toFixed(draftPlan.decimals) : null,
          });
        }
      }
      const sum = (pick: (p: PlanWhatIfPersonDto) => string | undefined) =>
        rows.reduce((total, p) => total.plus(pick(p) ?? '0'), ZERO);
      const currentTotal = sum((p) => p.current?.earnings);
      const draftTotal = sum((p) => p.draft?.earnings);
      return {
        period: period.key,
        currency: stored.currency,
        draftVersion: draft.version,
        currentVersion: current?.version ?? null,
        people: rows,
        total: {
          current: currentTotal.toFixed(draftPlan.decimals),
          draft: draftTotal.toFixed(draftPlan.decimals),
          difference: draftTotal.minus(currentTotal).toFixed(draftPlan.decimals),
        },
        problems,
      };
    });
  }

  /** One version's statements for a batch, by person; who it cannot pay joins the problems. */
  private async statements(
    tx: Tx,
    plan: Plan,
    period: Period,
    batch: RunPayeeRow[],
    problems: PlanWhatIfDto['problems'],
    version: 'current' | 'draft',
  ): Promise<Map<string, Statement>> {
    const missing: RunProblemDto[] = [];
    const statements = await this.calculator.statementsOf(tx, plan, period, batch, missing);
    problems.push(...missing.map((p) => ({ ...p, version })));
    return new Map(statements.map((s) => [s.payee, s]));
  }
}
