import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Tx } from '@cadre/api/core';
import { CertificationsLookup } from '@cadre/api/learning';
import {
  basesOf,
  Decimal,
  evaluate,
  needsQuota,
  ZERO,
  type Payee,
  type Period,
  type Plan,
  type Statement,
} from '@cadre/compensation/engine';
import type { RunKind, RunProblemDto } from '@cadre/shared/contracts';
import { DisputesRepository, type PendingAdjustment } from '../disputes/disputes.repository';
import { parseStoredPlan } from '../plans/plan-document';
import { StatementsRepository, type NewStatement } from '../statements/statements.repository';
import { RunInputsRepository, type RunPayeeRow } from './run-inputs.repository';
import { periodOfKey, previousPeriodKey } from './run-periods';

/** Payees are read, evaluated and written this many at a time: memory stays flat at any size. */
export const RUN_BATCH = 1000;

export interface RunOutcome {
  payeesTotal: number;
  statementsWritten: number;
  keptApproved: number;
  problems: RunProblemDto[];
}

/** Metrics a plan needs a non-zero quota of, for its components and their gates. */
function missingQuotas(plan: Plan, quota: ReadonlyMap<string, Decimal>): string[] {
  const needed = new Set<string>();
  for (const c of plan.components) {
    if (needsQuota(c)) needed.add(c.metric);
    if (c.gate) needed.add(c.gate.metric);
  }
  return [...needed].filter((metric) => !quota.get(metric) || quota.get(metric)?.isZero());
}

/**
 * A run's work, all in the caller's transaction: the period's statements that nobody has
 * approved are replaced; approved ones stay as they are. Totals come from one aggregate
 * query per batch of payees, the engine's evaluation computes statements and traces, and
 * they are written in one statement per batch.
 */
@Injectable()
export class RunCalculator {
  constructor(
    private readonly inputs: RunInputsRepository,
    private readonly statements: StatementsRepository,
    private readonly certifications: CertificationsLookup,
    private readonly disputes: DisputesRepository,
  ) {}

  /** Outside Nest (the demo seed, the run benchmark): the same calculation on a plain DataSource. */
  static standalone(dataSource: DataSource): RunCalculator {
    return new RunCalculator(
      new RunInputsRepository(),
      new StatementsRepository(dataSource),
      new CertificationsLookup(dataSource),
      new DisputesRepository(dataSource),
    );
  }

  async calculate(
    tx: Tx,
    runId: string,
    periodKey: string,
    progress: (done: number, total: number) => Promise<void>,
    kind: RunKind = 'period',
  ): Promise<RunOutcome> {
    const period = periodOfKey(periodKey);
    if (!period) throw new Error(`not a period key: ${periodKey}`);
    const current = await this.statements.lockPeriod(tx, periodKey);
    const assigned = await this.inputs.payees(tx, period.kind, period.first, period.last);
    let payees: RunPayeeRow[];
    let write: BatchWriter;
    if (kind === 'recalculation') {
      // Locked statements only, each compared with its latest version.
      const latest = new Map(
        (await this.statements.lockedForRecalculation(tx, periodKey)).map((l) => [l.employeeId, l]),
      );
      payees = assigned.filter((p) => latest.has(p.employeeId));
      write = (statements, planVersionId, plan) =>
        this.writeRecalculated(tx, runId, period, statements, planVersionId, plan, latest);
    } else {
      const approved = new Set(current.filter((s) => s.status !== 'draft').map((s) => s.employeeId));
      // A draft sent back keeps its reason and trail when the run replaces it.
      const carried = new Map(
        (await this.statements.draftsToCarry(tx, periodKey)).map((c) => [c.employeeId, c]),
      );
      await this.statements.deleteDrafts(tx, periodKey);
      payees = assigned.filter((p) => !approved.has(p.employeeId));
      write = (statements, planVersionId, plan) =>
        this.writeDrafts(tx, runId, statements, planVersionId, plan, carried);
    }
    const versions = new Map(
      (await this.inputs.planVersions(tx, [...new Set(payees.map((p) => p.planVersionId))])).map((v) => [
        v.id,
        v,
      ]),
    );
    const outcome: RunOutcome = {
      payeesTotal: assigned.length,
      statementsWritten: 0,
      keptApproved: assigned.length - payees.length,
      problems: [],
    };
    await progress(outcome.keptApproved, assigned.length);
    let done = outcome.keptApproved;
    // Payees come ordered by plan version: each batch is one version's.
    for (const batch of batchesByVersion(payees)) {
      const version = versions.get(batch[0]?.planVersionId ?? '');
      if (!version) continue;
      const plan = parseStoredPlan(version.document, periodKey);
      const statements = await this.statementsOf(tx, plan, period, batch, outcome.problems);
      await write(statements, version.id, plan);
      outcome.statementsWritten += statements.length;
      done += batch.length;
      await progress(done, assigned.length);
    }
    return outcome;
  }

  /** Some payees' statements under one plan version: their inputs, then the engine's evaluation. Writes nothing. */
  async statementsOf(
    tx: Tx,
    plan: Plan,
    period: Period,
    rows: RunPayeeRow[],
    problems: RunProblemDto[],
  ): Promise<Statement[]> {
    const { payees, totals } = await this.inputsOf(tx, plan, period, rows, problems);
    return evaluate(plan, [period], payees, {
      total: (payee, _period, key) => totals.get(payees[payee]?.id ?? '')?.get(key) ?? ZERO,
    });
  }

  /**
   * What the engine evaluates for some payees of one plan version in a period: each one's
   * quotas, opening balance and certifications held at the period's end, and their totals
   * per basis in one aggregate query. A payee without a quota the plan needs becomes a problem.
   * The pay estimator hands a person's own inputs to the browser from here, so that its
   * figures are the run's.
   */
  async inputsOf(
    tx: Tx,
    plan: Plan,
    period: Period,
    rows: RunPayeeRow[],
    problems: RunProblemDto[],
  ): Promise<{ payees: Payee[]; totals: Map<string, Map<string, Decimal>> }> {
    const ids = rows.map((r) => r.employeeId);
    // One after another: they share the run's connection.
    const quotaRows = await this.inputs.quotas(
      tx,
      rows.map((r) => r.assignmentId),
      period.key,
    );
    const balances = await this.inputs.openingBalances(tx, ids, previousPeriodKey(period));
    const held = await this.certifications.heldOn(tx, ids, period.last);
    const bases = basesOf(plan);
    const totalRows = await this.inputs.totals(tx, bases, ids, period.first, period.last);
    const quotasOf = groupBy(quotaRows, (q) => q.assignmentId);
    const heldBy = groupBy(held, (c) => c.employeeId);
    const balanceOf = new Map(balances.map((b) => [b.employeeId, b.balance]));
    const payees: Payee[] = [];
    for (const row of rows) {
      const quota = new Map(
        (quotasOf.get(row.assignmentId) ?? []).map((q) => [q.metric, new Decimal(q.value)]),
      );
      const missing = missingQuotas(plan, quota);
      if (missing.length) {
        problems.push({
          employeeId: row.employeeId,
          fullName: row.fullName,
          code: 'missing_quota',
          params: { metrics: missing.join(', ') },
        });
        continue;
      }
      payees.push({
        id: row.employeeId,
        hireDate: row.hireDate,
        quota,
        certifications: (heldBy.get(row.employeeId) ?? []).map((c) => ({ id: c.code, date: c.date })),
        openingBalance: new Decimal(balanceOf.get(row.employeeId) ?? '0'),
      });
    }
    const totals = new Map<string, Map<string, Decimal>>();
    for (const row of totalRows) {
      const byBasis = new Map<string, Decimal>();
      bases.forEach((basis, i) => {
        const value = row[`b${i}`];
        if (value) byBasis.set(basis.key, new Decimal(value));
      });
      totals.set(row.employeeId, byBasis);
    }
    return { payees, totals };
  }

  /** A period run's drafts, with the adjustments not yet paid (accepted disputes, recalculations) on them. */
  private async writeDrafts(
    tx: Tx,
    runId: string,
    statements: Statement[],
    planVersionId: string,
    plan: Plan,
    carried: ReadonlyMap<string, { rejection: string | null; events: unknown[] }>,
  ): Promise<void> {
    const ids = statements.map((s) => s.payee);
    const adjustments = groupBy(await this.disputes.pending(tx, ids), (a) => a.employeeId);
    const statementIds = await this.statements.insertMany(
      tx,
      statements.map((s) =>
        toNewStatement(runId, planVersionId, s, adjustments.get(s.payee) ?? [], plan.decimals),
      ),
    );
    await this.disputes.apply(
      tx,
      [...adjustments.values()].flat().flatMap((a) => {
        const statementId = statementIds.get(a.employeeId);
        return statementId ? [{ adjustmentId: a.id, statementId }] : [];
      }),
    );
    await this.statements.carryOver(
      tx,
      statements.flatMap((s) => {
        const old = carried.get(s.payee);
        const statementId = statementIds.get(s.payee);
        return old && statementId ? [{ statementId, ...old }] : [];
      }),
    );
  }

  /**
   * A recalculation's versions beside the locked statements (never paid themselves), and
   * the difference from the latest version of each as an adjustment for the next run to pay.
   */
  private async writeRecalculated(
    tx: Tx,
    runId: string,
    period: Period,
    statements: Statement[],
    planVersionId: string,
    plan: Plan,
    latest: ReadonlyMap<string, { version: number; payout: string }>,
  ): Promise<void> {
    const ids = await this.statements.insertMany(
      tx,
      statements.map((s) => ({
        ...toNewStatement(runId, planVersionId, s, [], plan.decimals),
        version: (latest.get(s.payee)?.version ?? 0) + 1,
      })),
      'recalculated',
    );
    await this.disputes.addAdjustments(
      tx,
      statements.flatMap((s) => {
        const difference = new Decimal(s.payout).minus(latest.get(s.payee)?.payout ?? '0');
        const statementId = ids.get(s.payee);
        return difference.isZero() || !statementId
          ? []
          : [
              {
                employeeId: s.payee,
                amount: difference.toFixed(plan.decimals),
                reason: `Recalculation of ${period.key}: its credits changed after it was locked`,
                sourceStatementId: statementId,
                disputeId: null,
              },
            ];
      }),
    );
  }
}

type BatchWriter = (statements: Statement[], planVersionId: string, plan: Plan) => Promise<void>;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function* batchesByVersion(payees: RunPayeeRow[]): Generator<RunPayeeRow[]> {
  let batch: RunPayeeRow[] = [];
  for (const payee of payees) {
    if (batch.length && (batch.length >= RUN_BATCH || batch[0]?.planVersionId !== payee.planVersionId)) {
      yield batch;
      batch = [];
    }
    batch.push(payee);
  }
  if (batch.length) yield batch;
}

/**
 * The stored statement: the engine's as it computed it, and the payout and balance after
 * the adjustments (a payout never below 0: what is left to recover joins the balance).
 */
function toNewStatement(
  runId: string,
  planVersionId: string,
  s: Statement,
  adjustments: PendingAdjustment[],
  decimals: number,
): NewStatement {
  const adjusted = adjustments.reduce((sum, a) => sum.plus(a.amount), new Decimal(s.payout));
  const payout = adjusted.isNegative() ? ZERO : adjusted;
  const balance = new Decimal(s.balance).plus(adjusted.isNegative() ? adjusted.negated() : ZERO);
  return {
    runId,
    employeeId: s.payee,
    periodKey: s.period,
    planVersionId,
    currency: s.currency,
    earnings: s.earnings,
    payout: payout.toFixed(decimals),
    recovered: s.recovered,
    balance: balance.toFixed(decimals),
    calculation: s,
  };
}
