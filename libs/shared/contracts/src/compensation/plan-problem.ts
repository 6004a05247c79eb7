/**
 * Why the engine refused part of a commission document. The API answers each as a field
 * error (the JSON path as the field), so a client translates the code with its params
 * (`validation.code.plan_decimal`: "{value} is not a decimal number") like any other.
 */
export const PLAN_PROBLEM_CODES = [
  'plan_json',
  'plan_document',
  'plan_required',
  'plan_text',
  'plan_decimal',
  'plan_negative',
  'plan_not_positive',
  'plan_list',
  'plan_object',
  'plan_object_with',
  'plan_quota_object',
  'plan_filter_object',
  'plan_filter_values',
  'plan_yes_no',
  'plan_one_of',
  'plan_money_decimals',
  'plan_currency',
  'plan_duplicate_id',
  'plan_date',
  'plan_no_periods',
  'plan_period_key',
  'plan_period_kind',
  'plan_period',
  'plan_period_gap',
  'plan_quota_required',
  'plan_quota_zero',
  'plan_gate_quota_required',
  'plan_gate_quota_zero',
  'plan_unknown_payee',
  'plan_share',
  'plan_no_components',
  'plan_component_type',
  'plan_bonus_threshold',
  'plan_no_tiers',
  'plan_open_tier',
  'plan_last_tier',
  'plan_tiers_ascend',
  'plan_no_points',
  'plan_points_ascend',
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

/** One problem with a commission document: where, why, and the same in English. */
export interface PlanProblem {
  /** The JSON path, e.g. `credits[3].amount`; `$` for the document as a whole. */
  path: string;
  code: PlanProblemCode;
  /** Values the sentence names, as the document wrote them (`"12x"`, `CNY`). */
  params: Record<string, string | number>;
  /** The reason in English, without the path: `"12x" is not a decimal number`. */
  message: string;
}
