import { Decimal, ZERO } from './decimal';
import { basisKeyOf, matchesFilter, type Credit, type Filter, type Plan } from './model';
import { periodKeyOf, type Period } from './periods';

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
      const key = basisKeyOf(component.gate.metric, null);
      bases.set(key, { key, metric: component.gate.metric, filter: null });
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

export function computeTotals(
  plan: Plan,
  periods: Period[],
  payeeCount: number,
  credits: Iterable<Credit>,
): TotalsTable {
  const bases = basesOf(plan);
  const table = new TotalsTable(bases, payeeCount, periods.length);
  const periodIndex = new Map(periods.map((p, i) => [p.key, i]));
  const basesByMetric = new Map<string, { index: number; filter: Filter | null }[]>();
  bases.forEach((basis, index) => {
    const list = basesByMetric.get(basis.metric) ?? [];
    list.push({ index, filter: basis.filter });
    basesByMetric.set(basis.metric, list);
  });
  for (const credit of credits) {
    const targets = basesByMetric.get(credit.metric);
    if (!targets) continue;
    const period = periodIndex.get(periodKeyOf(credit.date, plan.period));
    if (period === undefined) continue;
    for (const target of targets) {
      if (target.filter === null || matchesFilter(target.filter, credit.attributes)) {
        table.add(credit.payee, period, target.index, credit.value);
      }
    }
  }
  return table;
}
