import { evaluate } from './evaluate';
import type { SimulationOutput } from './statement';
import { TotalsAccumulator } from './totals';
import { validateDocument } from './validate';

export type SimulationResult = { ok: true; output: SimulationOutput } | { ok: false; problems: string[] };

/**
 * A whole simulation document in, statements (or every problem with the input) out.
 * Credits go straight from validation into the totals (step 1), so none is held in
 * memory; the evaluation (step 2) then reads only the totals.
 */
export function simulate(document: unknown): SimulationResult {
  let accumulator: TotalsAccumulator | null = null;
  const validated = validateDocument(document, {
    creditSink: (plan, periods, payees) => {
      const created = new TotalsAccumulator(plan, periods, payees.length);
      accumulator = created;
      return (credit) => created.add(credit);
    },
  });
  if (!validated.ok) return validated;
  const { plan, periods, payees } = validated.input;
  const totals = (accumulator as TotalsAccumulator | null)?.table;
  if (!totals) throw new Error('validation succeeded without totalling the credits');
  return { ok: true, output: { statements: evaluate(plan, periods, payees, totals) } };
}
