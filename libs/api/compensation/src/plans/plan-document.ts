import { validateDocument, type Plan, type PlanProblem } from '@cadre/compensation/engine';
import { PLAN_FILTER_ATTRIBUTES, type FieldError } from '@cadre/shared/contracts';

export type PlanCheck = { ok: true; plan: Plan } | { ok: false; errors: FieldError[] };

const asField = (p: PlanProblem): FieldError => ({
  field: p.path,
  reason: p.message,
  code: p.code,
  params: p.params,
});

/**
 * A stored plan is the `plan` object of the document format: checked by the engine's own
 * validator (with a period of its kind and no payees, so that only the plan is judged),
 * then against what the database holds: filters name attributes of a sale, components
 * and gates name metrics that are measured. Paths read as in a whole document (`plan.…`).
 */
export function checkPlanDocument(document: unknown, metricCodes: readonly string[]): PlanCheck {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { ok: false, errors: [{ field: 'plan', reason: 'must be an object', code: 'plan_object' }] };
  const raw = document as Record<string, unknown>;
  const inline = ['credits', 'periods', 'payees'].filter((k) => k in raw);
  if (inline.length)
    return {
      ok: false,
      errors: inline.map((k) => ({
        field: `plan.${k}`,
        reason: 'A stored plan takes its credits from performance: leave out credits, periods and payees',
        code: 'plan_inline_credits',
      })),
    };
  const example = raw['period'] === 'quarter' ? '2026-Q1' : '2026-01';
  const result = validateDocument({ plan: raw, periods: [example], payees: [], credits: [] });
  if (!result.ok) return { ok: false, errors: result.problems.map(asField) };
  const plan = result.input.plan;
  const errors: FieldError[] = [];
  const known = new Set(metricCodes);
  plan.components.forEach((component, i) => {
    const path = `plan.components[${i}]`;
    if (!known.has(component.metric))
      errors.push({
        field: `${path}.metric`,
        reason: `No metric "${component.metric}" is measured`,
        code: 'plan_metric',
        params: { value: component.metric },
      });
    if (component.gate && !known.has(component.gate.metric))
      errors.push({
        field: `${path}.gate.metric`,
        reason: `No metric "${component.gate.metric}" is measured`,
        code: 'plan_metric',
        params: { value: component.gate.metric },
      });
    for (const attribute of Object.keys(component.filter ?? {}))
      if (!(PLAN_FILTER_ATTRIBUTES as readonly string[]).includes(attribute))
        errors.push({
          field: `${path}.filter.${attribute}`,
          reason: `"${attribute}" is not an attribute of a sale (${PLAN_FILTER_ATTRIBUTES.join(', ')})`,
          code: 'plan_attribute',
          params: { value: attribute },
        });
  });
  return errors.length ? { ok: false, errors } : { ok: true, plan };
}

/** The engine's plan from a stored document that was checked when it was saved. */
export function parseStoredPlan(document: Record<string, unknown>, periodKey: string): Plan {
  const result = validateDocument({ plan: document, periods: [periodKey], payees: [], credits: [] });
  if (!result.ok)
    throw new Error(`a stored plan no longer validates: ${result.problems.map((p) => p.path).join(', ')}`);
  return result.input.plan;
}
