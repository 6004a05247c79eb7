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

export type ValidationResult = { ok: true; input: SimulationInput } | { ok: false; problems: string[] };

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
  const problems: string[] = [];
  const problem = (path: string, message: string) => problems.push(`${path}: ${message}`);

  if (!isObject(document)) {
    return {
      ok: false,
      problems: ['$: the document must be a JSON object with plan, periods, payees and credits'],
    };
  }

  // --- small readers that report and return null on failure ---
  const string = (value: unknown, path: string, required = true): string | null => {
    if (value === undefined || value === null) {
      if (required) problem(path, 'is required');
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problem(path, `${show(value)} is not a non-empty string`);
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
      if (options.required ?? true) problem(path, 'is required');
      return null;
    }
    const parsed = parseDecimal(value);
    if (!parsed) {
      problem(path, `${show(value)} is not a decimal number`);
      return null;
    }
    if (options.min === 'zero' && parsed.isNegative() && !parsed.isZero()) {
      problem(path, `${show(value)} must not be negative`);
      return null;
    }
    if (options.min === 'positive' && !parsed.greaterThan(0)) {
      problem(path, `${show(value)} must be greater than 0`);
      return null;
    }
    return parsed;
  };
  const array = (value: unknown, path: string, required = true): unknown[] | null => {
    if (value === undefined || value === null) {
      if (required) problem(path, 'is required');
      return null;
    }
    if (!Array.isArray(value)) {
      problem(path, 'must be an array');
      return null;
    }
    return value;
  };
  const moneyDecimals = (value: Decimal | null, path: string, decimals: number, currency: string) => {
    if (value && value.decimalPlaces() > decimals) {
      problem(path, `${value.toFixed()} has more decimals than ${currency} allows (${decimals})`);
    }
  };

  // --- plan ---
  const plan = parsePlan(document['plan']);

  // --- periods ---
  const periods: Period[] = [];
  const periodList = array(document['periods'], 'periods');
  if (periodList && periodList.length === 0) problem('periods', 'must name at least one period');
  if (periodList && plan) {
    periodList.forEach((raw, i) => {
      const path = `periods[${i}]`;
      if (typeof raw !== 'string') return void problem(path, `${show(raw)} is not a period key`);
      const period = parsePeriod(raw, plan.period);
      if (!period) {
        const other: PeriodKind = plan.period === 'month' ? 'quarter' : 'month';
        return void problem(
          path,
          parsePeriod(raw, other)
            ? `"${raw}" is a ${other}, but plan.period is "${plan.period}"`
            : `"${raw}" is not a ${plan.period} period (expected ${plan.period === 'month' ? '"2027-01"' : '"2027-Q1"'})`,
        );
      }
      const previous = periods[periods.length - 1];
      if (previous && period.index !== previous.index + 1) {
        problem(
          path,
          `"${raw}" does not follow "${previous.key}": periods must be ascending and consecutive`,
        );
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
    if (!isObject(raw)) return void problem(path, 'must be an object');
    const id = string(raw['id'], `${path}.id`);
    if (id !== null) {
      if (payeeIndex.has(id)) problem(`${path}.id`, `duplicate id "${id}"`);
      else payeeIndex.set(id, i);
    }
    let hireDate: string | null = null;
    if (raw['hireDate'] !== undefined && raw['hireDate'] !== null) {
      if (isValidDate(raw['hireDate'])) hireDate = raw['hireDate'];
      else problem(`${path}.hireDate`, `${show(raw['hireDate'])} is not a date (yyyy-mm-dd)`);
    }
    const quota = new Map<string, Decimal>();
    if (raw['quota'] !== undefined && raw['quota'] !== null) {
      if (!isObject(raw['quota'])) problem(`${path}.quota`, 'must be an object of metric: amount');
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
      if (!isObject(cert)) return void problem(certPath, 'must be an object with id and date');
      const certId = string(cert['id'], `${certPath}.id`);
      if (!isValidDate(cert['date']))
        problem(`${certPath}.date`, `${show(cert['date'])} is not a date (yyyy-mm-dd)`);
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
        const needs: { metric: string; by: string }[] = [];
        if (needsQuota(component))
          needs.push({ metric: component.metric, by: `component "${component.id}"` });
        if (component.gate)
          needs.push({ metric: component.gate.metric, by: `the gate of component "${component.id}"` });
        for (const { metric, by } of needs) {
          const quota = payee.quota.get(metric);
          if ((!quota || quota.isZero()) && !reported.has(metric)) {
            reported.add(metric);
            problem(`payees[${i}].quota.${metric}`, `quota required by ${by}${quota ? ' (it is 0)' : ''}`);
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
      problem(`credits[${i}]`, 'must be an object');
      continue;
    }
    let ok = true;
    const id = raw['id'];
    if (!isPlainString(id)) ok = string(id, `credits[${i}].id`) !== null && ok;
    if (typeof id === 'string') {
      if (creditIds.has(id)) {
        problem(`credits[${i}].id`, `duplicate id "${id}"`);
        ok = false;
      } else creditIds.add(id);
    }
    const payeeId = raw['payee'];
    const payee = typeof payeeId === 'string' ? payeeIndex.get(payeeId) : undefined;
    if (payee === undefined) {
      ok = false;
      if (string(payeeId, `credits[${i}].payee`) !== null)
        problem(`credits[${i}].payee`, `unknown payee "${payeeId as string}"`);
    }
    const date = raw['date'];
    if (!isValidDate(date)) {
      ok = false;
      problem(`credits[${i}].date`, `${show(date)} is not a date (yyyy-mm-dd)`);
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
        problem(`credits[${i}].share`, `${share.toFixed()} is outside (0, 1]`);
        ok = false;
      } else if (value !== null && !share.equals(1)) value = value.times(share);
    }
    let attributes: Readonly<Record<string, string>> = NO_ATTRIBUTES;
    const rawAttributes = raw['attributes'];
    if (rawAttributes !== undefined && rawAttributes !== null) {
      if (!isObject(rawAttributes)) {
        problem(`credits[${i}].attributes`, 'must be an object');
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
      problem('plan', raw === undefined ? 'is required' : 'must be an object');
      return null;
    }
    const before = problems.length;
    const id = string(raw['id'], 'plan.id');
    const name = raw['name'] === undefined ? null : string(raw['name'], 'plan.name', false);
    const currencyRaw = raw['currency'];
    let currency = 'XXX';
    if (currencyRaw === undefined) problem('plan.currency', 'is required');
    else if (typeof currencyRaw !== 'string' || !/^[A-Z]{3}$/.test(currencyRaw)) {
      problem('plan.currency', `${show(currencyRaw)} is not an ISO 4217 currency code such as "CNY"`);
    } else currency = currencyRaw;
    const decimals = minorUnits(currency);
    let rounding: RoundingPolicy = 'half-up';
    if (raw['rounding'] !== undefined) {
      if (raw['rounding'] === 'half-up' || raw['rounding'] === 'half-even') rounding = raw['rounding'];
      else problem('plan.rounding', `${show(raw['rounding'])} is not "half-up" or "half-even"`);
    }
    let period: PeriodKind = 'month';
    if (raw['period'] === 'month' || raw['period'] === 'quarter') period = raw['period'];
    else
      problem(
        'plan.period',
        raw['period'] === undefined ? 'is required' : `${show(raw['period'])} is not "month" or "quarter"`,
      );

    const components: Component[] = [];
    const componentIds = new Set<string>();
    const list = array(raw['components'], 'plan.components');
    if (list && list.length === 0) problem('plan.components', 'must have at least one component');
    list?.forEach((item, i) => {
      const component = parseComponent(item, `plan.components[${i}]`);
      if (!component) return;
      if (componentIds.has(component.id))
        problem(`plan.components[${i}].id`, `duplicate id "${component.id}"`);
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
      if (!isObject(raw['draw'])) problem('plan.draw', 'must be an object with amount and recoverable');
      else {
        const amount = decimal(raw['draw']['amount'], 'plan.draw.amount', { min: 'zero' });
        moneyDecimals(amount, 'plan.draw.amount', decimals, currency);
        const recoverable = raw['draw']['recoverable'];
        if (typeof recoverable !== 'boolean') problem('plan.draw.recoverable', 'must be true or false');
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
      problem(path, 'must be an object');
      return null;
    }
    const before = problems.length;
    const id = string(raw['id'], `${path}.id`);
    const name = raw['name'] === undefined ? null : string(raw['name'], `${path}.name`, false);
    const metric = string(raw['metric'], `${path}.metric`);
    const type = raw['type'];
    if (!COMPONENT_TYPES.includes(type as never)) {
      problem(
        `${path}.type`,
        type === undefined
          ? 'is required'
          : `unknown type ${show(type)} (expected ${COMPONENT_TYPES.join(', ')})`,
      );
    }
    const filter = parseFilter(raw['filter'], `${path}.filter`);
    const cap = decimal(raw['cap'], `${path}.cap`, { required: false, min: 'zero' });
    let gate: Component['gate'] = null;
    if (raw['gate'] !== undefined && raw['gate'] !== null) {
      if (!isObject(raw['gate'])) problem(`${path}.gate`, 'must be an object with metric and minAttainment');
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
          problem(`${path}.basis`, `${show(basis)} is not "attainment" or "amount"`);
        const mode = raw['mode'];
        if (mode !== 'marginal' && mode !== 'retroactive')
          problem(`${path}.mode`, `${show(mode)} is not "marginal" or "retroactive"`);
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
        if (hasAttainment === hasAmount)
          problem(path, 'a bonus needs exactly one of minAttainment and minAmount');
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
      problem(path, 'must be an object of attribute: value or [values]');
      return null;
    }
    const filter: Record<string, string[]> = {};
    for (const [attribute, value] of Object.entries(raw)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0 || values.some((v) => !['string', 'number', 'boolean'].includes(typeof v))) {
        problem(`${path}.${attribute}`, 'must be a value or a non-empty list of values');
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
      problem(path, 'must have at least one tier, the last with "upTo": null');
      return null;
    }
    const before = problems.length;
    const tiers: Tier[] = [];
    list.forEach((item, i) => {
      const tierPath = `${path}[${i}]`;
      if (!isObject(item)) return void problem(tierPath, 'must be an object with upTo and rate');
      const last = i === list.length - 1;
      const rate = decimal(item['rate'], `${tierPath}.rate`, { min: 'zero' });
      let upTo: Decimal | null = null;
      if (item['upTo'] === null || item['upTo'] === undefined) {
        if (!last) problem(`${tierPath}.upTo`, 'only the last tier may be open (upTo: null)');
      } else {
        upTo = decimal(item['upTo'], `${tierPath}.upTo`);
        if (last) problem(`${tierPath}.upTo`, 'the last tier must be open: "upTo": null');
        const previous = tiers[tiers.length - 1]?.upTo;
        if (upTo && previous && !upTo.greaterThan(previous)) {
          problem(
            `${tierPath}.upTo`,
            `${upTo.toFixed()} is not above the previous tier's ${previous.toFixed()}: tiers must ascend`,
          );
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
      problem(path, 'must have at least one point');
      return null;
    }
    const before = problems.length;
    const points: CurvePoint[] = [];
    list.forEach((item, i) => {
      const pointPath = `${path}[${i}]`;
      if (!isObject(item)) return void problem(pointPath, 'must be an object with attainment and payout');
      const attainment = decimal(item['attainment'], `${pointPath}.attainment`, { min: 'zero' });
      const payout = decimal(item['payout'], `${pointPath}.payout`, { min: 'zero' });
      const previous = points[points.length - 1];
      if (attainment && previous && !attainment.greaterThan(previous.attainment)) {
        problem(
          `${pointPath}.attainment`,
          `${attainment.toFixed()} is not above the previous point's ${previous.attainment.toFixed()}: attainments must ascend`,
        );
      }
      if (attainment && payout) points.push({ attainment, payout });
    });
    return problems.length > before ? null : points;
  }
}
