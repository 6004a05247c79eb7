import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import { TargetsLookup } from '@cadre/api/performance';
import { basesOf, periodKeyOf, type Period } from '@cadre/compensation/engine';
import type { PayEstimateInputsDto } from '@cadre/shared/contracts';
import { todayIso } from '@cadre/shared/util';
import { parseStoredPlan } from '../plans/plan-document';
import { RunCalculator } from '../runs/run-calculator';
import { RunInputsRepository } from '../runs/run-inputs.repository';
import { periodOfKey } from '../runs/run-periods';

/**
 * The pay estimator's inputs: what a run of the period would evaluate for the caller, as it
 * stands today (their plan version, quotas, certifications, opening balance and totals so
 * far, read by the run's own code). The browser adds a deal the person imagines and runs the
 * engine on both, so the estimate is the run's arithmetic and nothing leaves the person's own
 * record.
 */
@Injectable()
export class PayEstimateService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly inputs: RunInputsRepository,
    private readonly calculator: RunCalculator,
    private readonly targets: TargetsLookup,
  ) {}

  async inputsOf(principal: Principal, periodKey?: string): Promise<PayEstimateInputsDto> {
    const employeeId = principal.employeeId;
    if (!employeeId) throw new NotFoundError('Your employee record');
    const today = todayIso();
    let requested: Period | null = null;
    if (periodKey) {
      requested = periodOfKey(periodKey);
      if (!requested)
        throw InvalidInputError.field('period', `"${periodKey}" is not a month or a quarter`, 'format');
      if (requested.first > today)
        throw InvalidInputError.field('period', `${periodKey} has not started`, 'future_period');
    }
    return this.transactions.run(async (tx) => {
      let period = requested;
      if (!period) {
        const kind = await this.inputs.periodKindOn(tx, employeeId, today);
        period = kind && periodOfKey(periodKeyOf(today, kind));
      }
      const row =
        period && (await this.inputs.payees(tx, period.kind, period.first, period.last, employeeId))[0];
      if (!period || !row) throw new NotFoundError(`A plan of yours for ${periodKey ?? 'today'}`);
      const [version] = await this.inputs.planVersions(tx, [row.planVersionId]);
      if (!version) throw new NotFoundError('Plan version', row.planVersionId);
      const plan = parseStoredPlan(version.document, period.key);
      const { payees, totals } = await this.calculator.inputsOf(tx, plan, period, [row], []);
      const payee = payees[0];
      // As a run would, a plan without the quota it needs pays nobody: say so rather than guess.
      if (!payee)
        throw new ConflictError(`Your plan has no quota for ${period.key} yet: ask finance`, 'missing_quota');
      const [seen] = await this.inputs.attributeValues(tx, employeeId);
      const attributes = {
        product: new Set(seen?.product),
        region: new Set(seen?.region),
        segment: new Set(seen?.segment),
      };
      for (const component of plan.components)
        for (const [attribute, values] of Object.entries(component.filter ?? {}))
          if (attribute in attributes)
            values.forEach((v) => attributes[attribute as keyof typeof attributes].add(v));
      // In the order the plan reads them: its first component's metric first.
      const codes = [...new Set(basesOf(plan).map((b) => b.metric))];
      const metrics = (await this.targets.metricNames(tx, codes)).sort(
        (a, b) => codes.indexOf(a.code) - codes.indexOf(b.code),
      );
      const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
      return {
        period: period.key,
        planName: plan.name ?? version.planCode,
        planVersion: version.version,
        plan: version.document,
        payee: {
          id: payee.id,
          hireDate: payee.hireDate,
          quota: Object.fromEntries([...payee.quota].map(([metric, value]) => [metric, value.toFixed()])),
          certifications: payee.certifications.map((c) => ({ id: c.id, date: c.date })),
          openingBalance: payee.openingBalance.toFixed(),
        },
        totals: Object.fromEntries(
          [...(totals.get(payee.id) ?? [])].map(([key, value]) => [key, value.toFixed()]),
        ),
        metrics,
        attributes: {
          product: sorted(attributes.product),
          region: sorted(attributes.region),
          segment: sorted(attributes.segment),
        },
      };
    });
  }
}
