import type { PlanProblem, PlanProblemCode } from '@cadre/shared/contracts';

export type { PlanProblem, PlanProblemCode } from '@cadre/shared/contracts';

/**
 * Each problem's reason in English, with `{param}` filled from the problem's params: what
 * the command line prints, what API clients read and what the web shows in English (its
 * Chinese dictionary translates the same codes).
 */
export const PLAN_PROBLEM_ENGLISH: Readonly<Record<PlanProblemCode, string>> = {
  plan_json: 'not valid JSON text (line {line}, column {column}): {detail}',
  plan_document: 'the document must be a JSON object with plan, periods, payees and credits',
  plan_required: 'is required',
  plan_text: '{value} is not a non-empty string',
  plan_decimal: '{value} is not a decimal number',
  plan_negative: '{value} must not be negative',
  plan_not_positive: '{value} must be greater than 0',
  plan_list: 'must be an array',
  plan_object: 'must be an object',
  plan_object_with: 'must be an object with {first} and {second}',
  plan_quota_object: 'must be an object of metric: amount',
  plan_filter_object: 'must be an object of attribute: value or [values]',
  plan_filter_values: 'must be a value or a non-empty list of values',
  plan_yes_no: 'must be true or false',
  plan_one_of: '{value} is not "{first}" or "{second}"',
  plan_money_decimals: '{value} has more decimals than {currency} allows ({decimals})',
  plan_currency: '{value} is not an ISO 4217 currency code such as "CNY"',
  plan_duplicate_id: 'duplicate id "{id}"',
  plan_date: '{value} is not a date (yyyy-mm-dd)',
  plan_no_periods: 'must name at least one period',
  plan_period_key: '{value} is not a period key',
  plan_period_kind: '"{value}" is a {kind}, but plan.period is "{planPeriod}"',
  plan_period: '"{value}" is not a {kind} period (expected "{example}")',
  plan_period_gap: '"{value}" does not follow "{previous}": periods must be ascending and consecutive',
  plan_quota_required: 'quota required by component "{component}"',
  plan_quota_zero: 'quota required by component "{component}" (it is 0)',
  plan_gate_quota_required: 'quota required by the gate of component "{component}"',
  plan_gate_quota_zero: 'quota required by the gate of component "{component}" (it is 0)',
  plan_unknown_payee: 'unknown payee "{payee}"',
  plan_share: '{value} is outside (0, 1]',
  plan_no_components: 'must have at least one component',
  plan_component_type: 'unknown type {value} (expected {expected})',
  plan_bonus_threshold: 'a bonus needs exactly one of minAttainment and minAmount',
  plan_no_tiers: 'must have at least one tier, the last with "upTo": null',
  plan_open_tier: 'only the last tier may be open (upTo: null)',
  plan_last_tier: 'the last tier must be open: "upTo": null',
  plan_tiers_ascend: "{value} is not above the previous tier's {previous}: tiers must ascend",
  plan_no_points: 'must have at least one point',
  plan_points_ascend: "{value} is not above the previous point's {previous}: attainments must ascend",
};

/** A problem at `path`, its English message built from the code and params. */
export function planProblem(
  path: string,
  code: PlanProblemCode,
  params: Record<string, string | number> = {},
): PlanProblem {
  const message = PLAN_PROBLEM_ENGLISH[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return { path, code, params, message };
}

/** As the command line prints it: `credits[3].amount: "12x" is not a decimal number`. */
export function formatProblem(problem: PlanProblem): string {
  return `${problem.path}: ${problem.message}`;
}
