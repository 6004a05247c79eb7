import { formatMoney, roundMoney } from './currency';
import { Decimal, ONE, plain as spell, ratio, ZERO } from './decimal';
import type { Component, Payee, Plan, TieredComponent } from './model';
import { parsePeriod, periodKeyOf, type Period, type PeriodKind } from './periods';
import type { CalculationStep, LineTrace, Statement, StatementLine } from './statement';
import type { TotalsLookup } from './totals';

/**
 * Step 2 of a calculation: the plan's rules applied to the totals, payee by payee and
 * period by period (commission-plan-format.md, "Calculation"). Pure: the same plan,
 * payees, periods and totals always give the same statements.
 */
export function evaluate(plan: Plan, periods: Period[], payees: Payee[], totals: TotalsLookup): Statement[] {
  const statements: Statement[] = [];
  const plain = speller();
  const constant = memo(spell);
  payees.forEach((payee, payeeIndex) => {
    let balance = payee.openingBalance;
    const hireIndex = payee.hireDate ? periodIndexOf(payee.hireDate, plan.period) : null;
    // Quotas and band ends depend only on the ramp multiplier: work them out once per value.
    const contexts = new Map<Decimal, QuotaContext>();

    periods.forEach((period, periodIndex) => {
      // 1. Tenure: nothing before the hire date's period.
      if (payee.hireDate && period.last < payee.hireDate) return;
      const tenure = hireIndex === null ? null : period.index - hireIndex + 1;
      // Tenure is at least 1 here: periods before the hire date's were skipped.
      const ramp = tenure !== null && tenure <= plan.ramp.length ? (plan.ramp[tenure - 1] as Decimal) : ONE;
      let context = contexts.get(ramp);
      if (!context) {
        context = new QuotaContext(payee, ramp);
        contexts.set(ramp, context);
      }
      const total = (key: string) => totals.total(payeeIndex, periodIndex, key);

      // 2-4. Lines.
      const lines = plan.components.map((component) =>
        evaluateComponent(plan, component, payee, period, total, {
          plain,
          constant,
          context: context as QuotaContext,
        }),
      );
      // 5. Earnings.
      const linesTotal = lines.reduce(
        (sum, line) => (line.rounded.isZero() ? sum : sum.plus(line.rounded)),
        ZERO,
      );
      const earnings = plan.cap && linesTotal.greaterThan(plan.cap) ? plan.cap : linesTotal;
      // 6. Draw and balance.
      const draw = plan.draw?.amount ?? ZERO;
      const opening = balance;
      let payout: Decimal;
      let recovered = ZERO;
      let added = ZERO;
      const covered = earnings.greaterThanOrEqualTo(draw);
      if (covered) {
        const surplus = earnings.minus(draw);
        recovered = balance.lessThan(surplus) ? balance : surplus;
        payout = earnings.minus(recovered);
        balance = balance.minus(recovered);
      } else {
        payout = draw;
        // The shortfall below the draw is owed back, unless the draw is forgiven; a negative
        // period's amount (a clawback) always is.
        added =
          plan.draw && !plan.draw.recoverable
            ? earnings.isNegative()
              ? earnings.negated()
              : ZERO
            : draw.minus(earnings);
        balance = balance.plus(added);
      }

      const money = (d: Decimal) => formatMoney(d, plan.decimals);
      statements.push({
        payee: payee.id,
        period: period.key,
        currency: plan.currency,
        lines: lines.map((l) => l.line),
        earnings: money(earnings),
        payout: money(payout),
        recovered: money(recovered),
        balance: money(balance),
        trace: {
          tenurePeriod: tenure,
          rampMultiplier: plain(ramp),
          linesTotal: money(linesTotal),
          planCap:
            plan.cap && linesTotal.greaterThan(plan.cap)
              ? { cap: money(plan.cap), uncapped: money(linesTotal) }
              : null,
          draw: plan.draw ? { amount: money(plan.draw.amount), recoverable: plan.draw.recoverable } : null,
          openingBalance: money(opening),
          settlement: covered ? 'earnings-cover-draw' : 'draw-paid',
          balanceAdded: money(added),
        },
      });
    });
  });
  return statements;
}

/** The ordinal of the period containing a date, comparable with Period.index. */
function periodIndexOf(date: string, kind: PeriodKind): number {
  return (parsePeriod(periodKeyOf(date, kind), kind) as Period).index;
}

function evaluateComponent(
  plan: Plan,
  component: Component,
  payee: Payee,
  period: Period,
  total: (basisKey: string) => Decimal,
  spelling: Spelling,
): { line: StatementLine; rounded: Decimal } {
  const { plain, constant, context } = spelling;
  // 2. Totals.
  const basis = total(component.basisKey);
  const usesQuota =
    component.type === 'curve' ||
    (component.type === 'tiered' && component.basis === 'attainment') ||
    (component.type === 'bonus' && component.minAttainment !== null);
  const quota = usesQuota ? context.quotaOf(component.metric) : null;

  // 3. Raw amount.
  const steps: CalculationStep[] = [];
  const raw = rawAmount(component, basis, quota, steps, spelling);

  // 4. Certifications, gate, cap, rounding, in that order.
  let zeroedBy: LineTrace['zeroedBy'] = null;
  const missing = component.requires.filter(
    (cert) => !payee.certifications.some((c) => c.id === cert && c.date <= period.last),
  );
  if (missing.length > 0) {
    zeroedBy = { reason: 'certification', missing, by: period.last };
  } else if (component.gate) {
    const gate = component.gate;
    const gateTotal = total(gate.basisKey);
    const required = context.derived(gate, () => gate.minAttainment.times(context.quotaOf(gate.metric)));
    if (gateTotal.lessThan(required)) {
      zeroedBy = {
        reason: 'gate',
        metric: gate.metric,
        total: plain(gateTotal),
        required: context.text(required),
        minAttainment: constant(gate.minAttainment),
      };
    }
  }
  let exact = zeroedBy ? ZERO : raw;
  let capped: LineTrace['capped'] = null;
  if (!zeroedBy && component.cap && exact.greaterThan(component.cap)) {
    capped = { cap: constant(component.cap), uncapped: plain(exact) };
    exact = component.cap;
  }
  const rounded = roundMoney(exact, plan.decimals, plan.rounding);

  return {
    rounded,
    line: {
      component: component.id,
      name: component.name,
      amount: formatMoney(rounded, plan.decimals),
      trace: {
        type: component.type,
        metric: component.metric,
        basis: plain(basis),
        quota: quota ? context.text(quota) : null,
        attainment: quota && !quota.isZero() ? context.attainment(basis, quota) : null,
        steps,
        raw: plain(raw),
        zeroedBy,
        capped,
        exact: plain(exact),
        rounding: plan.rounding,
      },
    },
  };
}

function rawAmount(
  component: Component,
  basis: Decimal,
  quota: Decimal | null,
  steps: CalculationStep[],
  { plain, constant, context }: Spelling,
): Decimal {
  switch (component.type) {
    case 'rate': {
      const amount = basis.isZero() ? ZERO : component.rate.times(basis);
      steps.push({
        step: 'rate',
        rate: constant(component.rate),
        basis: plain(basis),
        amount: plain(amount),
      });
      return amount;
    }
    case 'tiered': {
      // Band ends in money: upTo × Q for attainment, upTo itself for amount. No division.
      const { ends, fullSlices, fullParts } = context.bandsOf(component);
      if (component.mode === 'marginal') {
        let amount: Decimal = ZERO;
        component.tiers.forEach((tier, i) => {
          const from = i === 0 ? null : (ends[i - 1] as Decimal);
          const to = ends[i] as Decimal | null;
          if (from !== null && basis.lessThanOrEqualTo(from)) {
            // The total does not reach this band.
            steps.push(
              context.step(component, i * 2) ??
                context.keep(component, i * 2, {
                  step: 'band',
                  band: i + 1,
                  from: context.text(from),
                  to: to && context.text(to),
                  slice: '0',
                  rate: constant(tier.rate),
                  amount: '0',
                }),
            );
          } else if (to !== null && basis.greaterThan(to)) {
            // The whole band is filled.
            const part = fullParts[i] as Decimal;
            amount = amount.plus(part);
            steps.push(
              context.step(component, i * 2 + 1) ??
                context.keep(component, i * 2 + 1, {
                  step: 'band',
                  band: i + 1,
                  from: from && context.text(from),
                  to: context.text(to),
                  slice: context.text(fullSlices[i] as Decimal),
                  rate: constant(tier.rate),
                  amount: context.text(part),
                }),
            );
          } else {
            // The band the total ends in. Band 1 runs from minus infinity, so a negative
            // total earns rate_1 × T.
            const slice = from === null ? basis : basis.minus(from);
            const part = tier.rate.times(slice);
            amount = amount.plus(part);
            steps.push({
              step: 'band',
              band: i + 1,
              from: from && context.text(from),
              to: to && context.text(to),
              slice: plain(slice),
              rate: constant(tier.rate),
              amount: plain(part),
            });
          }
        });
        return amount;
      }
      const band = ends.findIndex((end) => end === null || basis.lessThanOrEqualTo(end));
      // Always found: the last band is open (upTo null), as validation ensures.
      const tier = component.tiers[band] as TieredComponent['tiers'][number];
      const amount = tier.rate.times(basis);
      const from = band === 0 ? null : (ends[band - 1] as Decimal);
      const to = ends[band] as Decimal | null;
      steps.push({
        step: 'retroactive',
        band: band + 1,
        from: from && context.text(from),
        to: to && context.text(to),
        rate: constant(tier.rate),
        basis: plain(basis),
        amount: plain(amount),
      });
      return amount;
    }
    case 'bonus': {
      const { minAttainment } = component;
      const threshold =
        minAttainment !== null
          ? context.derived(component, () => minAttainment.times(quota as Decimal))
          : (component.minAmount as Decimal);
      const met = basis.greaterThanOrEqualTo(threshold);
      const amount = met ? component.amount : ZERO;
      steps.push(
        context.step(component, met ? 1 : 0) ??
          context.keep(component, met ? 1 : 0, {
            step: 'bonus',
            threshold: context.text(threshold),
            met,
            amount: constant(amount),
          }),
      );
      return amount;
    }
    case 'curve': {
      const q = quota ?? ZERO;
      const points = component.points;
      // Validation ensures at least one point.
      const first = points[0] as (typeof points)[number];
      const last = points[points.length - 1] as (typeof points)[number];
      const point = (p: { attainment: Decimal; payout: Decimal }) => ({
        attainment: constant(p.attainment),
        payout: constant(p.payout),
      });
      if (basis.lessThan(first.attainment.times(q))) {
        steps.push({
          step: 'curve',
          position: 'below',
          from: point(first),
          to: point(first),
          amount: constant(first.payout),
        });
        return first.payout;
      }
      if (basis.greaterThan(last.attainment.times(q))) {
        steps.push({
          step: 'curve',
          position: 'above',
          from: point(last),
          to: point(last),
          amount: constant(last.payout),
        });
        return last.payout;
      }
      for (let i = 1; i < points.length; i++) {
        const lo = points[i - 1] as (typeof points)[number];
        const hi = points[i] as (typeof points)[number];
        if (basis.lessThanOrEqualTo(hi.attainment.times(q))) {
          const amount = lo.payout.plus(
            hi.payout
              .minus(lo.payout)
              .times(basis.minus(lo.attainment.times(q)))
              .dividedBy(hi.attainment.minus(lo.attainment).times(q)),
          );
          steps.push({
            step: 'curve',
            position: 'between',
            from: point(lo),
            to: point(hi),
            amount: plain(amount),
          });
          return amount;
        }
      }
      // A single-point curve at exactly its point.
      steps.push({
        step: 'curve',
        position: 'between',
        from: point(first),
        to: point(first),
        amount: constant(first.payout),
      });
      return first.payout;
    }
  }
}

interface Spelling {
  /** Per-statement values (totals, raw and exact amounts). */
  plain: (value: Decimal) => string;
  /** The plan's own decimals (rates, caps, curve points), spelled once. */
  constant: (value: Decimal) => string;
  context: QuotaContext;
}

/** Spells each Decimal instance once (for long-lived values). */
function memo(spellOne: (value: Decimal) => string): (value: Decimal) => string {
  const cache = new Map<Decimal, string>();
  return (value) => {
    let text = cache.get(value);
    if (text === undefined) {
      text = spellOne(value);
      cache.set(value, text);
    }
    return text;
  };
}

/**
 * Spells decimals for traces, which repeat the same values: zeros, the plan's rates and
 * thresholds, a payee's total on several lines. Remembers the last few instances it spelled
 * (by identity) rather than formatting them again.
 */
function speller(): (value: Decimal) => string {
  const recent: Decimal[] = [];
  const texts: string[] = [];
  let next = 0;
  return (value) => {
    if (value.isZero()) return '0';
    for (let i = 0; i < recent.length; i++) if (recent[i] === value) return texts[i] as string;
    const text = spell(value);
    recent[next] = value;
    texts[next] = text;
    next = (next + 1) % 6;
    return text;
  };
}

/** A payee's quotas at one ramp multiplier, and the band ends and full-band amounts they imply. */
class QuotaContext {
  private readonly quotas = new Map<string, Decimal>();
  private readonly derivedValues = new Map<object, Decimal>();
  private lastAttainment: { basis: Decimal; quota: Decimal; text: string } | null = null;
  /** Spells the values this context derives (quotas, band ends, thresholds): each once. */
  readonly text = memo(spell);
  private readonly bands = new Map<
    TieredComponent,
    { ends: (Decimal | null)[]; fullSlices: Decimal[]; fullParts: Decimal[] }
  >();

  constructor(
    private readonly payee: Payee,
    private readonly ramp: Decimal,
  ) {}

  readonly quotaOf = (metric: string): Decimal => {
    let quota = this.quotas.get(metric);
    if (!quota) {
      quota = (this.payee.quota.get(metric) ?? ZERO).times(this.ramp);
      this.quotas.set(metric, quota);
    }
    return quota;
  };

  /** A value derived from the quota once per context (a bonus threshold, a gate's requirement). */
  derived(key: object, compute: () => Decimal): Decimal {
    let value = this.derivedValues.get(key);
    if (!value) {
      value = compute();
      this.derivedValues.set(key, value);
    }
    return value;
  }

  /** T / Q for display; components reading the same total and quota share the division. */
  attainment(basis: Decimal, quota: Decimal): string {
    const last = this.lastAttainment;
    if (last && last.basis === basis && last.quota === quota) return last.text;
    const text = ratio(basis, quota);
    this.lastAttainment = { basis, quota, text };
    return text;
  }

  /**
   * Trace steps that are the same for every period at this quota (a band not reached or
   * filled, a bonus missed or met) are made once and shared, frozen.
   */
  private readonly sharedSteps = new Map<object, CalculationStep[]>();

  /** The shared step in a slot of a component, if made already. */
  step(owner: object, slot: number): CalculationStep | undefined {
    return this.sharedSteps.get(owner)?.[slot];
  }

  keep(owner: object, slot: number, step: CalculationStep): CalculationStep {
    let list = this.sharedSteps.get(owner);
    if (!list) {
      list = [];
      this.sharedSteps.set(owner, list);
    }
    list[slot] = Object.freeze(step);
    return step;
  }

  bandsOf(component: TieredComponent) {
    let table = this.bands.get(component);
    if (!table) {
      const scale = component.basis === 'attainment' ? this.quotaOf(component.metric) : ONE;
      const ends = component.tiers.map((t) => (t.upTo === null ? null : t.upTo.times(scale)));
      // What a band pays when the total passes its end: its width (band 1: up to its end) × its rate.
      const fullSlices = ends.map((end, i) =>
        end === null ? ZERO : i === 0 ? end : end.minus(ends[i - 1] as Decimal),
      );
      const fullParts = fullSlices.map((slice, i) =>
        (component.tiers[i] as { rate: Decimal }).rate.times(slice),
      );
      table = { ends, fullSlices, fullParts };
      this.bands.set(component, table);
    }
    return table;
  }
}
