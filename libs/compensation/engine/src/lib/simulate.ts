import { evaluate } from './evaluate';
import type { SimulationOutput } from './statement';
import { computeTotals } from './totals';
import { validateDocument } from './validate';

export type SimulationResult = { ok: true; output: SimulationOutput } | { ok: false; problems: string[] };

/** A whole simulation document in, statements (or every problem with the input) out. */
export function simulate(document: unknown): SimulationResult {
  const validated = validateDocument(document);
  if (!validated.ok) return validated;
  const { plan, periods, payees, credits } = validated.input;
  const totals = computeTotals(plan, periods, payees.length, credits);
  return { ok: true, output: { statements: evaluate(plan, periods, payees, totals) } };
}
