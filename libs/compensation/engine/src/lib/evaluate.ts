import { formatMoney, roundMoney } from './currency';
import { Decimal, plain, ZERO } from './decimal';
import type { Component, Payee, Plan } from './model';
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
  payees.forEach((payee, payeeIndex) => {
    let balance = payee.openingBalance;
    const hireIndex = payee.hireDate ? periodIndexOf(payee.hireDate, plan.period) : null;

    periods.forEach((period, periodIndex) => {
      // 1. Tenure: nothing before the hire date's period.
      if (payee.hireDate && period.last < payee.hireDate) return;
      const tenure = hireIndex === null ? null : period.index - hireIndex + 1;
      const ramp =
        tenure !== null && tenure >= 1 && tenure <= plan.ramp.length
          ? (plan.ramp[tenure - 1] as Decimal)
          : new Decimal(1);
      const quotaOf = (metric: string) => (payee.quota.get(metric) ?? ZERO).times(ramp);
      const total = (key: string) => totals.total(payeeIndex, periodIndex, key);

      // 2-4. Lines.
      const lines = plan.components.map((component) =>
        evaluateComponent(plan, component, payee, period, total, quotaOf),
      );
      // 5. Earnings.
      const linesTotal = lines.reduce((sum, line) => sum.plus(line.rounded), ZERO);
      const earnings = plan.cap && linesTotal.greaterThan(plan.cap) ? plan.cap : linesTotal;
      // 6. Draw and balance.
      const draw = plan.draw?.amount ?? ZERO;
      const recoverable = plan.draw?.recoverable ?? true;
      const opening = balance;
      let payout: Decimal;
      let recovered = ZERO;
      let added = ZERO;
      if (earnings.greaterThanOrEqualTo(draw)) {
        recovered = Decimal.min(balance, earnings.minus(draw));
        payout = earnings.minus(recovered);
        balance = balance.minus(recovered);
      } else {
        payout = draw;
        added = recoverable ? draw.minus(earnings) : Decimal.max(ZERO, earnings.negated());
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
          settlement: earnings.greaterThanOrEqualTo(draw) ? 'earnings-cover-draw' : 'draw-paid',
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
  quotaOf: (metric: string) => Decimal,
): { line: StatementLine; rounded: Decimal } {
  // 2. Totals.
  const basis = total(component.basisKey);
  const usesQuota =
    component.type === 'curve' ||
    (component.type === 'tiered' && component.basis === 'attainment') ||
    (component.type === 'bonus' && component.minAttainment !== null);
  const quota = usesQuota ? quotaOf(component.metric) : null;

  // 3. Raw amount.
  const steps: CalculationStep[] = [];
  const raw = rawAmount(component, basis, quota, steps);

  // 4. Certifications, gate, cap, rounding, in that order.
  let zeroedBy: LineTrace['zeroedBy'] = null;
  const missing = component.requires.filter(
    (cert) => !payee.certifications.some((c) => c.id === cert && c.date <= period.last),
  );
  if (missing.length > 0) {
    zeroedBy = { reason: 'certification', missing, by: period.last };
  } else if (component.gate) {
    const gateTotal = total(`${component.gate.metric}|`);
    const required = component.gate.minAttainment.times(quotaOf(component.gate.metric));
    if (gateTotal.lessThan(required)) {
      zeroedBy = {
        reason: 'gate',
        metric: component.gate.metric,
        total: plain(gateTotal),
        required: plain(required),
        minAttainment: plain(component.gate.minAttainment),
      };
    }
  }
  let exact = zeroedBy ? ZERO : raw;
  let capped: LineTrace['capped'] = null;
  if (!zeroedBy && component.cap && exact.greaterThan(component.cap)) {
    capped = { cap: plain(component.cap), uncapped: plain(exact) };
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
        quota: quota ? plain(quota) : null,
        attainment: quota && !quota.isZero() ? plain(basis.dividedBy(quota).toDecimalPlaces(6)) : null,
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
): Decimal {
  switch (component.type) {
    case 'rate': {
      const amount = component.rate.times(basis);
      steps.push({ step: 'rate', rate: plain(component.rate), basis: plain(basis), amount: plain(amount) });
      return amount;
    }
    case 'tiered': {
      // Band ends in money: upTo × Q for attainment, upTo itself for amount. No division.
      const ends = component.tiers.map((t) =>
        t.upTo === null ? null : component.basis === 'attainment' ? t.upTo.times(quota ?? ZERO) : t.upTo,
      );
      if (component.mode === 'marginal') {
        let amount = ZERO;
        component.tiers.forEach((tier, i) => {
          const from = i === 0 ? null : (ends[i - 1] as Decimal);
          const to = ends[i] as Decimal | null;
          const top = to === null ? basis : Decimal.min(basis, to);
          // Band 1 runs from minus infinity, so a negative total earns rate_1 × T.
          const slice = from === null ? top : Decimal.max(ZERO, top.minus(from));
          const part = tier.rate.times(slice);
          amount = amount.plus(part);
          steps.push({
            step: 'band',
            band: i + 1,
            from: from && plain(from),
            to: to && plain(to),
            slice: plain(slice),
            rate: plain(tier.rate),
            amount: plain(part),
          });
        });
        return amount;
      }
      const band = ends.findIndex((end) => end === null || basis.lessThanOrEqualTo(end));
      const tier = component.tiers[band];
      if (!tier) return ZERO; // unreachable: the last band is open
      const amount = tier.rate.times(basis);
      const from = band === 0 ? null : (ends[band - 1] as Decimal);
      const to = ends[band] as Decimal | null;
      steps.push({
        step: 'retroactive',
        band: band + 1,
        from: from && plain(from),
        to: to && plain(to),
        rate: plain(tier.rate),
        basis: plain(basis),
        amount: plain(amount),
      });
      return amount;
    }
    case 'bonus': {
      const threshold =
        component.minAttainment !== null
          ? component.minAttainment.times(quota ?? ZERO)
          : (component.minAmount as Decimal);
      const met = basis.greaterThanOrEqualTo(threshold);
      const amount = met ? component.amount : ZERO;
      steps.push({ step: 'bonus', threshold: plain(threshold), met, amount: plain(amount) });
      return amount;
    }
    case 'curve': {
      const q = quota ?? ZERO;
      const points = component.points;
      const first = points[0];
      const last = points[points.length - 1];
      if (!first || !last) return ZERO;
      const point = (p: { attainment: Decimal; payout: Decimal }) => ({
        attainment: plain(p.attainment),
        payout: plain(p.payout),
      });
      if (basis.lessThan(first.attainment.times(q))) {
        steps.push({
          step: 'curve',
          position: 'below',
          from: point(first),
          to: point(first),
          amount: plain(first.payout),
        });
        return first.payout;
      }
      if (basis.greaterThan(last.attainment.times(q))) {
        steps.push({
          step: 'curve',
          position: 'above',
          from: point(last),
          to: point(last),
          amount: plain(last.payout),
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
        amount: plain(first.payout),
      });
      return first.payout;
    }
  }
}
