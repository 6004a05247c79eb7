import { minorUnits, type RoundingPolicy } from './currency';
import { Decimal, parseDecimal, ZERO } from './decimal';
import {
  basisKeyOf,
  COMPONENT_TYPES,
  needsQuota,
  type Component,
  type Credit,
  type CurvePoint,
  type Filter,
  type Payee,
  type Plan,
  type SimulationInput,
  type Tier,
} from './model';
import { isValidDate, parsePeriod, type Period, type PeriodKind } from './periods';
import { planProblem, type PlanProblem, type PlanProblemCode } from './problems';

export type ValidationResult = { ok: true; input: SimulationInput } | { ok: false; problems: PlanProblem[] };

type Json = Record<string, unknown>;

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** A non-empty string whose first character is not white space: the common case, checked cheaply. */
const isPlainString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.charCodeAt(0) > 32;

/** Attribute values compare as strings; the object is reused when they already are. */
function stringValues(attributes: Record<string, unknown>): Readonly<Record<string, string>> {
  for (const key in attributes) {
    if (typeof attributes[key] !== 'string') {
      return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, String(v)]));
    }
  }
  return attributes as Record<string, string>;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));

/**
 * Checks a whole simulation document and reports every problem, each with its JSON path
 * (`credits[3].amount: "12x" is not a decimal number`). On success, returns the parsed
 * input: decimals read, dates checked, credits bound to payees.
 */
export interface ValidateOptions {
  /**
   * Receives each valid credit instead of collecting them in `input.credits`, so a caller
   * can total a million credits without holding them (see simulate()). Called once the
   * plan, periods and payees are known.
   */
  creditSink?: (plan: Plan, periods: Period[], payees: Payee[]) => (credit: Credit) => void;
}

export function validateDocument(document: unknown, options: ValidateOptions = {}): ValidationResult {
  const problems: PlanProblem[] = [];
  const problem = (path: string, code: PlanProblemCode, params?: Record<string, string | number>) =>
    problems.push(planProblem(path, code, params));

  if (!isObject(document)) return { ok: false, problems: [planProblem('$', 'plan_document')] };

  // --- small readers that report and return null on failure ---
  const string = (value: unknown, path: string, required = true): string | null => {
    if (value === undefined || value === null) {
      if (required) problem(path, 'plan_required');
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problem(path, 'plan_text', { value: show(value) });
      return null;
    }
    return value;
  };
  const decimal = (
    value: unknown,
    path: string,
    options: { required?: boolean; min?: 'zero' | 'positive' } = {},
  ): Decimal | null => {
    if (value === undefined || value === null) {
      if (options.required ?? true) problem(path, 'plan_required');
      return null;
    }
    const parsed = parseDecimal(value);
    if (!parsed) {
      problem(path, 'plan_decimal', { value: show(value) });
      return null;
    }
    if (options.min === 'zero' && parsed.isNegative() && !parsed.isZero()) {
      problem(path, 'plan_negative', { value: show(value) });
      return null;
    }
    if (options.min === 'positive' && !parsed.greaterThan(0)) {
      problem(path, 'plan_not_positive', { value: show(value) });
      return null;
    }
    return parsed;
  };
  const array = (value: unknown, path: string, required = true): unknown[] | null => {
    if (value === undefined || value === null) {
      if (required) problem(path, 'plan_required');
      return null;
    }
    if (!Array.isArray(value)) {
      problem(path, 'plan_list');
      return null;
    }
    return value;
  };
  const moneyDecimals = (value: Decimal | null, path: string, decimals: number, currency: string) => {
    if (value && value.decimalPlaces() > decimals) {
      problem(path, 'plan_money_decimals', { value: value.toFixed(), currency, decimals });
    }
  };

  // --- plan ---
  const plan = parsePlan(document['plan']);

  // --- periods ---
  const periods: Period[] = [];
  const periodList = array(document['periods'], 'periods');
  if (periodList && periodList.length === 0) problem('periods', 'plan_no_periods');
  if (periodList && plan) {
    periodList.forEach((raw, i) => {
      const path = `periods[${i}]`;
      if (typeof raw !== 'string') return void problem(path, 'plan_period_key', { value: show(raw) });
      const period = parsePeriod(raw, plan.period);
      if (!period) {
        const other: PeriodKind = plan.period === 'month' ? 'quarter' : 'month';
        return void (parsePeriod(raw, other)
          ? problem(path, 'plan_period_kind', { value: raw, kind: other, planPeriod: plan.period })
          : problem(path, 'plan_period', {
              value: raw,
              kind: plan.period,
              example: plan.period === 'month' ? '2027-01' : '2027-Q1',
            }));
      }
      const previous = periods[periods.length - 1];
      if (previous && period.index !== previous.index + 1) {
        problem(path, 'plan_period_gap', { value: raw, previous: previous.key });
      }
      periods.push(period);
    });
  }

  // --- payees ---
  const payees: Payee[] = [];
  const payeeIndex = new Map<string, number>();
  const payeeList = array(document['payees'], 'payees');
  payeeList?.forEach((raw, i) => {
    const path = `payees[${i}]`;
    if (!isObject(raw)) return void problem(path, 'plan_object');
    const id = string(raw['id'], `${path}.id`);
    if (id !== null) {
      if (payeeIndex.has(id)) problem(`${path}.id`, 'plan_duplicate_id', { id });
      else payeeIndex.set(id, i);
    }
    let hireDate: string | null = null;
    if (raw['hireDate'] !== undefined && raw['hireDate'] !== null) {
      if (isValidDate(raw['hireDate'])) hireDate = raw['hireDate'];
      else problem(`${path}.hireDate`, 'plan_date', { value: show(raw['hireDate']) });
    }
    const quota = new Map<string, Decimal>();
    if (raw['quota'] !== undefined && raw['quota'] !== null) {
      if (!isObject(raw['quota'])) problem(`${path}.quota`, 'plan_quota_object');
      else {
        for (const [metric, value] of Object.entries(raw['quota'])) {
          const parsed = decimal(value, `${path}.quota.${metric}`, { min: 'zero' });
          if (parsed) quota.set(metric, parsed);
        }
      }
    }
    const certifications: { id: string; date: string }[] = [];
    array(raw['certifications'], `${path}.certifications`, false)?.forEach((cert, j) => {
      const certPath = `${path}.certifications[${j}]`;
      if (!isObject(cert)) return void problem(certPath, 'plan_object_with', { first: 'id', second: 'date' });
      const certId = string(cert['id'], `${certPath}.id`);
      if (!isValidDate(cert['date'])) problem(`${certPath}.date`, 'plan_date', { value: show(cert['date']) });
      else if (certId) certifications.push({ id: certId, date: cert['date'] });
    });
    const openingBalance =
      decimal(raw['openingBalance'], `${path}.openingBalance`, { required: false, min: 'zero' }) ?? ZERO;
    if (plan) moneyDecimals(openingBalance, `${path}.openingBalance`, plan.decimals, plan.currency);
    payees.push({ id: id ?? `#${i}`, hireDate, quota, certifications, openingBalance });
  });

  // Quotas that attainment needs.
  if (plan) {
    payees.forEach((payee, i) => {
      const reported = new Set<string>();
      for (const component of plan.components) {
        const needs: { metric: string; byGate: boolean }[] = [];
        if (needsQuota(component)) needs.push({ metric: component.metric, byGate: false });
        if (component.gate) needs.push({ metric: component.gate.metric, byGate: true });
        for (const { metric, byGate } of needs) {
          const quota = payee.quota.get(metric);
          if ((!quota || quota.isZero()) && !reported.has(metric)) {
            reported.add(metric);
            const code = byGate
              ? quota
                ? 'plan_gate_quota_zero'
                : 'plan_gate_quota_required'
              : quota
                ? 'plan_quota_zero'
                : 'plan_quota_required';
            problem(`payees[${i}].quota.${metric}`, code, { component: component.id });
          }
        }
      }
    });
  }

  // --- credits: the hot loop (a million is an ordinary month), so the happy path allocates
  // nothing but the credit itself. Paths and messages are built only when something fails,
  // by handing the value to the same readers that the rest of the document uses.
  const credits: Credit[] = [];
  const sink =
    plan && options.creditSink
      ? options.creditSink(plan, periods, payees)
      : (credit: Credit) => void credits.push(credit);
  const creditIds = new Set<string>();
  let creditCount = 0;
  const creditList = array(document['credits'], 'credits');
  const creditsLength = creditList?.length ?? 0;
  for (let i = 0; i < creditsLength; i++) {
    const raw = (creditList as unknown[])[i];
    if (!isObject(raw)) {
      problem(`credits[${i}]`, 'plan_object');
      continue;
    }
    let ok = true;
    const id = raw['id'];
    if (!isPlainString(id)) ok = string(id, `credits[${i}].id`) !== null && ok;
    if (typeof id === 'string') {
      if (creditIds.has(id)) {
        problem(`credits[${i}].id`, 'plan_duplicate_id', { id });
        ok = false;
      } else creditIds.add(id);
    }
    const payeeId = raw['payee'];
    const payee = typeof payeeId === 'string' ? payeeIndex.get(payeeId) : undefined;
    if (payee === undefined) {
      ok = false;
      if (string(payeeId, `credits[${i}].payee`) !== null)
        problem(`credits[${i}].payee`, 'plan_unknown_payee', { payee: payeeId as string });
    }
    const date = raw['date'];
    if (!isValidDate(date)) {
      ok = false;
      problem(`credits[${i}].date`, 'plan_date', { value: show(date) });
    }
    const metric = raw['metric'];
    if (!isPlainString(metric)) ok = string(metric, `credits[${i}].metric`) !== null && ok;
    let value = parseDecimal(raw['amount']);
    if (value === null) ok = decimal(raw['amount'], `credits[${i}].amount`) !== null && ok;
    const shareRaw = raw['share'];
    if (shareRaw !== undefined && shareRaw !== null) {
      const share = parseDecimal(shareRaw);
      if (share === null) ok = decimal(shareRaw, `credits[${i}].share`) !== null && ok;
      else if (share.lessThanOrEqualTo(0) || share.greaterThan(1)) {
        problem(`credits[${i}].share`, 'plan_share', { value: share.toFixed() });
        ok = false;
      } else if (value !== null && !share.equals(1)) value = value.times(share);
    }
    let attributes: Readonly<Record<string, string>> = NO_ATTRIBUTES;
    const rawAttributes = raw['attributes'];
    if (rawAttributes !== undefined && rawAttributes !== null) {
      if (!isObject(rawAttributes)) {
        problem(`credits[${i}].attributes`, 'plan_object');
        ok = false;
      } else attributes = stringValues(rawAttributes);
    }
    creditCount += 1;
    if (ok && payee !== undefined && value !== null) {
      sink({ id: id as string, payee, date: date as string, metric: metric as string, value, attributes });
    }
  }

  if (problems.length > 0 || !plan) return { ok: false, problems };
  return { ok: true, input: { plan, periods, payees, credits, creditCount } };

  // --- the plan, hoisted so it can use the readers above ---
  function parsePlan(raw: unknown): Plan | null {
    if (!isObject(raw)) {
      problem('plan', raw === undefined ? 'plan_required' : 'plan_object');
      return null;
    }
    const before = problems.length;
    const id = string(raw['id'], 'plan.id');
    const name = raw['name'] === undefined ? null : string(raw['name'], 'plan.name', false);
    const currencyRaw = raw['currency'];
    let currency = 'XXX';
    if (currencyRaw === undefined) problem('plan.currency', 'plan_required');
    else if (typeof currencyRaw !== 'string' || !/^[A-Z]{3}$/.test(currencyRaw)) {
      problem('plan.currency', 'plan_currency', { value: show(currencyRaw) });
    } else currency = currencyRaw;
    const decimals = minorUnits(currency);
    let rounding: RoundingPolicy = 'half-up';
    if (raw['rounding'] !== undefined) {
      if (raw['rounding'] === 'half-up' || raw['rounding'] === 'half-even') rounding = raw['rounding'];
      else
        problem('plan.rounding', 'plan_one_of', {
          value: show(raw['rounding']),
          first: 'half-up',
          second: 'half-even',
        });
    }
    let period: PeriodKind = 'month';
    if (raw['period'] === 'month' || raw['period'] === 'quarter') period = raw['period'];
    else
      problem('plan.period', raw['period'] === undefined ? 'plan_required' : 'plan_one_of', {
        value: show(raw['period']),
        first: 'month',
        second: 'quarter',
      });

    const components: Component[] = [];
    const componentIds = new Set<string>();
    const list = array(raw['components'], 'plan.components');
    if (list && list.length === 0) problem('plan.components', 'plan_no_components');
    list?.forEach((item, i) => {
      const component = parseComponent(item, `plan.components[${i}]`);
      if (!component) return;
      if (componentIds.has(component.id))
        problem(`plan.components[${i}].id`, 'plan_duplicate_id', { id: component.id });
      componentIds.add(component.id);
      components.push(component);
    });

    const ramp: Decimal[] = [];
    array(raw['ramp'], 'plan.ramp', false)?.forEach((value, i) => {
      const multiplier = decimal(value, `plan.ramp[${i}]`, { min: 'positive' });
      if (multiplier) ramp.push(multiplier);
    });

    let draw: Plan['draw'] = null;
    if (raw['draw'] !== undefined && raw['draw'] !== null) {
      if (!isObject(raw['draw']))
        problem('plan.draw', 'plan_object_with', { first: 'amount', second: 'recoverable' });
      else {
        const amount = decimal(raw['draw']['amount'], 'plan.draw.amount', { min: 'zero' });
        moneyDecimals(amount, 'plan.draw.amount', decimals, currency);
        const recoverable = raw['draw']['recoverable'];
        if (typeof recoverable !== 'boolean') problem('plan.draw.recoverable', 'plan_yes_no');
        if (amount && typeof recoverable === 'boolean') draw = { amount, recoverable };
      }
    }
    const cap = decimal(raw['cap'], 'plan.cap', { required: false, min: 'zero' });
    moneyDecimals(cap, 'plan.cap', decimals, currency);

    if (problems.length > before || id === null) return null;
    return { id, name, currency, decimals, rounding, period, components, ramp, draw, cap };
  }

  function parseComponent(raw: unknown, path: string): Component | null {
    if (!isObject(raw)) {
      problem(path, 'plan_object');
      return null;
    }
    const before = problems.length;
    const id = string(raw['id'], `${path}.id`);
    const name = raw['name'] === undefined ? null : string(raw['name'], `${path}.name`, false);
    const metric = string(raw['metric'], `${path}.metric`);
    const type = raw['type'];
    if (!COMPONENT_TYPES.includes(type as never)) {
      problem(`${path}.type`, type === undefined ? 'plan_required' : 'plan_component_type', {
        value: show(type),
        expected: COMPONENT_TYPES.join(', '),
      });
    }
    const filter = parseFilter(raw['filter'], `${path}.filter`);
    const cap = decimal(raw['cap'], `${path}.cap`, { required: false, min: 'zero' });
    let gate: Component['gate'] = null;
    if (raw['gate'] !== undefined && raw['gate'] !== null) {
      if (!isObject(raw['gate']))
        problem(`${path}.gate`, 'plan_object_with', { first: 'metric', second: 'minAttainment' });
      else {
        const gateMetric = string(raw['gate']['metric'], `${path}.gate.metric`);
        const minAttainment = decimal(raw['gate']['minAttainment'], `${path}.gate.minAttainment`, {
          min: 'zero',
        });
        if (gateMetric && minAttainment)
          gate = { metric: gateMetric, minAttainment, basisKey: basisKeyOf(gateMetric, null) };
      }
    }
    const requires: string[] = [];
    array(raw['requires'], `${path}.requires`, false)?.forEach((cert, i) => {
      const certId = string(cert, `${path}.requires[${i}]`);
      if (certId) requires.push(certId);
    });

    const common = {
      id: id ?? '',
      name,
      metric: metric ?? '',
      filter,
      cap,
      gate,
      requires,
      basisKey: basisKeyOf(metric ?? '', filter),
    };
    let component: Component | null = null;
    switch (type) {
      case 'rate': {
        const rate = decimal(raw['rate'], `${path}.rate`);
        if (rate) component = { ...common, type, rate };
        break;
      }
      case 'tiered': {
        const basis = raw['basis'];
        if (basis !== 'attainment' && basis !== 'amount')
          problem(`${path}.basis`, 'plan_one_of', {
            value: show(basis),
            first: 'attainment',
            second: 'amount',
          });
        const mode = raw['mode'];
        if (mode !== 'marginal' && mode !== 'retroactive')
          problem(`${path}.mode`, 'plan_one_of', {
            value: show(mode),
            first: 'marginal',
            second: 'retroactive',
          });
        const tiers = parseTiers(raw['tiers'], `${path}.tiers`);
        if (
          tiers &&
          (basis === 'attainment' || basis === 'amount') &&
          (mode === 'marginal' || mode === 'retroactive')
        ) {
          component = { ...common, type, basis, mode, tiers };
        }
        break;
      }
      case 'bonus': {
        const hasAttainment = raw['minAttainment'] !== undefined && raw['minAttainment'] !== null;
        const hasAmount = raw['minAmount'] !== undefined && raw['minAmount'] !== null;
        if (hasAttainment === hasAmount) problem(path, 'plan_bonus_threshold');
        const minAttainment = hasAttainment
          ? decimal(raw['minAttainment'], `${path}.minAttainment`, { min: 'zero' })
          : null;
        const minAmount = hasAmount ? decimal(raw['minAmount'], `${path}.minAmount`) : null;
        const amount = decimal(raw['amount'], `${path}.amount`, { min: 'zero' });
        if (amount && hasAttainment !== hasAmount)
          component = { ...common, type, minAttainment, minAmount, amount };
        break;
      }
      case 'curve': {
        const points = parseCurve(raw['points'], `${path}.points`);
        if (points) component = { ...common, type, points };
        break;
      }
    }
    return problems.length > before || id === null || metric === null ? null : component;
  }

  function parseFilter(raw: unknown, path: string): Filter | null {
    if (raw === undefined || raw === null) return null;
    if (!isObject(raw)) {
      problem(path, 'plan_filter_object');
      return null;
    }
    const filter: Record<string, string[]> = {};
    for (const [attribute, value] of Object.entries(raw)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0 || values.some((v) => !['string', 'number', 'boolean'].includes(typeof v))) {
        problem(`${path}.${attribute}`, 'plan_filter_values');
        continue;
      }
      filter[attribute] = values.map(String);
    }
    return filter;
  }

  function parseTiers(raw: unknown, path: string): Tier[] | null {
    const list = array(raw, path);
    if (!list) return null;
    if (list.length === 0) {
      problem(path, 'plan_no_tiers');
      return null;
    }
    const before = problems.length;
    const tiers: Tier[] = [];
    list.forEach((item, i) => {
      const tierPath = `${path}[${i}]`;
      if (!isObject(item))
        return void problem(tierPath, 'plan_object_with', { first: 'upTo', second: 'rate' });
      const last = i === list.length - 1;
      const rate = decimal(item['rate'], `${tierPath}.rate`, { min: 'zero' });
      let upTo: Decimal | null = null;
      if (item['upTo'] === null || item['upTo'] === undefined) {
        if (!last) problem(`${tierPath}.upTo`, 'plan_open_tier');
      } else {
        upTo = decimal(item['upTo'], `${tierPath}.upTo`);
        if (last) problem(`${tierPath}.upTo`, 'plan_last_tier');
        const previous = tiers[tiers.length - 1]?.upTo;
        if (upTo && previous && !upTo.greaterThan(previous)) {
          problem(`${tierPath}.upTo`, 'plan_tiers_ascend', {
            value: upTo.toFixed(),
            previous: previous.toFixed(),
          });
        }
      }
      if (rate) tiers.push({ upTo, rate });
    });
    return problems.length > before ? null : tiers;
  }

  function parseCurve(raw: unknown, path: string): CurvePoint[] | null {
    const list = array(raw, path);
    if (!list) return null;
    if (list.length === 0) {
      problem(path, 'plan_no_points');
      return null;
    }
    const before = problems.length;
    const points: CurvePoint[] = [];
    list.forEach((item, i) => {
      const pointPath = `${path}[${i}]`;
      if (!isObject(item))
        return void problem(pointPath, 'plan_object_with', { first: 'attainment', second: 'payout' });
      const attainment = decimal(item['attainment'], `${pointPath}.attainment`, { min: 'zero' });
      const payout = decimal(item['payout'], `${pointPath}.payout`, { min: 'zero' });
      const previous = points[points.length - 1];
      if (attainment && previous && !attainment.greaterThan(previous.attainment)) {
        problem(`${pointPath}.attainment`, 'plan_points_ascend', {
          value: attainment.toFixed(),
          previous: previous.attainment.toFixed(),
        });
      }
      if (attainment && payout) points.push({ attainment, payout });
    });
    return problems.length > before ? null : points;
  }
}
