import { Decimal, ZERO } from './decimal';
import { matchesFilter, type Credit, type Filter, type Plan } from './model';
import { periodOrdinalOf, type Period } from './periods';

/**
 * Step 1 of a calculation: per payee, period and basis (a metric and a filter), the sum of
 * amount × share over the credits dated in the period. Components that read the same
 * metric with the same filter share a basis; every gate reads its metric unfiltered.
 *
 * This is the step a database-backed run replaces with one set-based query
 * (`sum(amount * share) group by payee, period, basis`) and hands to the same evaluation.
 */
export interface Basis {
  key: string;
  metric: string;
  filter: Filter | null;
}

export interface TotalsLookup {
  /** The total of a basis for a payee (by index) in a period (by index); 0 when nothing was credited. */
  total(payee: number, period: number, basisKey: string): Decimal;
}

/** The bases a plan reads: one per distinct metric and filter, plus each gate's metric. */
export function basesOf(plan: Plan): Basis[] {
  const bases = new Map<string, Basis>();
  for (const component of plan.components) {
    bases.set(component.basisKey, {
      key: component.basisKey,
      metric: component.metric,
      filter: component.filter,
    });
    if (component.gate) {
      bases.set(component.gate.basisKey, {
        key: component.gate.basisKey,
        metric: component.gate.metric,
        filter: null,
      });
    }
  }
  return [...bases.values()];
}

export class TotalsTable implements TotalsLookup {
  private readonly sums: (Decimal | undefined)[];
  private readonly basisIndex: Map<string, number>;

  constructor(
    readonly bases: Basis[],
    readonly payeeCount: number,
    readonly periodCount: number,
  ) {
    this.basisIndex = new Map(bases.map((b, i) => [b.key, i]));
    this.sums = new Array<Decimal | undefined>(payeeCount * periodCount * bases.length);
  }

  add(payee: number, period: number, basis: number, value: Decimal): void {
    const slot = (payee * this.periodCount + period) * this.bases.length + basis;
    const current = this.sums[slot];
    this.sums[slot] = current ? current.plus(value) : value;
  }

  total(payee: number, period: number, basisKey: string): Decimal {
    const basis = this.basisIndex.get(basisKey);
    if (basis === undefined) return ZERO;
    return this.sums[(payee * this.periodCount + period) * this.bases.length + basis] ?? ZERO;
  }
}

/** Adds credits, one at a time, to the totals of the bases they count towards. */
export class TotalsAccumulator {
  readonly table: TotalsTable;
  /** Periods are consecutive: a credit's period is its ordinal minus the first one's. */
  private readonly firstOrdinal: number;
  private readonly periodCount: number;
  private readonly basesByMetric = new Map<string, { index: number; filter: Filter | null }[]>();

  constructor(
    private readonly plan: Plan,
    periods: Period[],
    payeeCount: number,
  ) {
    const bases = basesOf(plan);
    this.table = new TotalsTable(bases, payeeCount, periods.length);
    this.firstOrdinal = periods[0]?.index ?? 0;
    this.periodCount = periods.length;
    bases.forEach((basis, index) => {
      const list = this.basesByMetric.get(basis.metric) ?? [];
      list.push({ index, filter: basis.filter });
      this.basesByMetric.set(basis.metric, list);
    });
  }

  add(credit: Credit): void {
    const targets = this.basesByMetric.get(credit.metric);
    if (!targets) return;
    const period = periodOrdinalOf(credit.date, this.plan.period) - this.firstOrdinal;
    if (period < 0 || period >= this.periodCount) return;
    for (const target of targets) {
      if (target.filter === null || matchesFilter(target.filter, credit.attributes)) {
        this.table.add(credit.payee, period, target.index, credit.value);
      }
    }
  }
}

export function computeTotals(
  plan: Plan,
  periods: Period[],
  payeeCount: number,
  credits: Iterable<Credit>,
): TotalsTable {
  const accumulator = new TotalsAccumulator(plan, periods, payeeCount);
  for (const credit of credits) accumulator.add(credit);
  return accumulator.table;
}
