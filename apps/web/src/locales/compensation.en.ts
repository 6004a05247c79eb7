/** English: the words of commission plans shown outside the simulator (navigation, document problems). */
export const compensationEn: Record<string, string> = {
  'nav.simulator': 'Plan simulator',

  // Problems with a commission document (PLAN_PROBLEM_CODES), beside their JSON path: the
  // engine's English, copied so that the engine stays out of the first download (a test
  // keeps the two the same).
  'validation.code.plan_json': 'not valid JSON text (line {line}, column {column}): {detail}',
  'validation.code.plan_document':
    'the document must be a JSON object with plan, periods, payees and credits',
  'validation.code.plan_required': 'is required',
  'validation.code.plan_text': '{value} is not a non-empty string',
  'validation.code.plan_decimal': '{value} is not a decimal number',
  'validation.code.plan_negative': '{value} must not be negative',
  'validation.code.plan_not_positive': '{value} must be greater than 0',
  'validation.code.plan_list': 'must be an array',
  'validation.code.plan_object': 'must be an object',
  'validation.code.plan_object_with': 'must be an object with {first} and {second}',
  'validation.code.plan_quota_object': 'must be an object of metric: amount',
  'validation.code.plan_filter_object': 'must be an object of attribute: value or [values]',
  'validation.code.plan_filter_values': 'must be a value or a non-empty list of values',
  'validation.code.plan_yes_no': 'must be true or false',
  'validation.code.plan_one_of': '{value} is not "{first}" or "{second}"',
  'validation.code.plan_money_decimals': '{value} has more decimals than {currency} allows ({decimals})',
  'validation.code.plan_currency': '{value} is not an ISO 4217 currency code such as "CNY"',
  'validation.code.plan_duplicate_id': 'duplicate id "{id}"',
  'validation.code.plan_date': '{value} is not a date (yyyy-mm-dd)',
  'validation.code.plan_no_periods': 'must name at least one period',
  'validation.code.plan_period_key': '{value} is not a period key',
  'validation.code.plan_period_kind': '"{value}" is a {kind}, but plan.period is "{planPeriod}"',
  'validation.code.plan_period': '"{value}" is not a {kind} period (expected "{example}")',
  'validation.code.plan_period_gap':
    '"{value}" does not follow "{previous}": periods must be ascending and consecutive',
  'validation.code.plan_quota_required': 'quota required by component "{component}"',
  'validation.code.plan_quota_zero': 'quota required by component "{component}" (it is 0)',
  'validation.code.plan_gate_quota_required': 'quota required by the gate of component "{component}"',
  'validation.code.plan_gate_quota_zero': 'quota required by the gate of component "{component}" (it is 0)',
  'validation.code.plan_unknown_payee': 'unknown payee "{payee}"',
  'validation.code.plan_share': '{value} is outside (0, 1]',
  'validation.code.plan_no_components': 'must have at least one component',
  'validation.code.plan_component_type': 'unknown type {value} (expected {expected})',
  'validation.code.plan_bonus_threshold': 'a bonus needs exactly one of minAttainment and minAmount',
  'validation.code.plan_no_tiers': 'must have at least one tier, the last with "upTo": null',
  'validation.code.plan_open_tier': 'only the last tier may be open (upTo: null)',
  'validation.code.plan_last_tier': 'the last tier must be open: "upTo": null',
  'validation.code.plan_tiers_ascend':
    "{value} is not above the previous tier's {previous}: tiers must ascend",
  'validation.code.plan_no_points': 'must have at least one point',
  'validation.code.plan_points_ascend':
    "{value} is not above the previous point's {previous}: attainments must ascend",
};
