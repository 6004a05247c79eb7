import {
  basesOf,
  Decimal,
  evaluate,
  matchesFilter,
  validateDocument,
  ZERO,
  type Statement,
} from '@cadre/compensation/engine';
import type { PayEstimateInputsDto } from '@cadre/shared/contracts';

/** A deal the person imagines closing this period: its metric values, their share, its attributes. */
export interface ImaginedDeal {
  /** Metric code → value (major units for money), as a sale of the import carries them. */
  values: Record<string, string>;
  /** The person's share of the credit, 0 < share ≤ 1. */
  share: string;
  /** product, region, segment: what a plan's filters read. */
  attributes: Record<string, string>;
}

export interface PayEstimate {
  /** The period as it stands: the statement a run today would write (before adjustments). */
  now: Statement;
  /** With the deal credited too. */
  withDeal: Statement;
  /** withDeal's earnings minus now's. */
  difference: string;
}

/**
 * The engine's evaluation of the person's own plan on the period's totals so far, without and
 * with an imagined deal. The deal adds value × share to every basis it counts towards (its
 * metric, and the basis's filter matching its attributes), as a credited sale would in the
 * run's aggregate. Returns null when the inputs no longer make a valid document.
 */
export function estimatePay(inputs: PayEstimateInputsDto, deal: ImaginedDeal | null): PayEstimate | null {
  const checked = validateDocument({
    plan: inputs.plan,
    periods: [inputs.period],
    payees: [inputs.payee],
    credits: [],
  });
  if (!checked.ok) return null;
  const { plan, periods, payees } = checked.input;
  const sofar = new Map(Object.entries(inputs.totals).map(([key, value]) => [key, new Decimal(value)]));
  const added = new Map<string, Decimal>();
  if (deal) {
    const share = new Decimal(deal.share);
    for (const basis of basesOf(plan)) {
      const value = deal.values[basis.metric];
      if (!value || (basis.filter && !matchesFilter(basis.filter, deal.attributes))) continue;
      added.set(basis.key, new Decimal(value).times(share));
    }
  }
  const statementWith = (extra: ReadonlyMap<string, Decimal>): Statement | undefined =>
    evaluate(plan, periods, payees, {
      total: (_payee, _period, key) => (sofar.get(key) ?? ZERO).plus(extra.get(key) ?? ZERO),
    })[0];
  const now = statementWith(new Map());
  const withDeal = statementWith(added);
  if (!now || !withDeal) return null;
  return {
    now,
    withDeal,
    difference: new Decimal(withDeal.earnings).minus(now.earnings).toFixed(plan.decimals),
  };
}
