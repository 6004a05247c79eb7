import { evaluate } from './evaluate';
import type { Component, Plan } from './model';
import type { PlanProblem } from './problems';
import type { SimulationOutput } from './statement';
import { TotalsAccumulator } from './totals';
import { validateDocument } from './validate';

/** How much output a caller lets one simulation produce; checked before evaluating. */
export interface OutputLimits {
  /** Payees × periods. */
  maxStatements: number;
  /** Statements × components. */
  maxLines: number;
  /** Calculation steps in all traces (a marginal tier table writes one per band reached). */
  maxTraceSteps: number;
}

/** Which limit a document would break, and by how much. */
export interface OutputTooLarge {
  limit: 'statements' | 'lines' | 'traceSteps';
  would: number;
  maximum: number;
}

export type SimulationResult =
  { ok: true; output: SimulationOutput } | { ok: false; problems: PlanProblem[] };
export type LimitedSimulationResult = SimulationResult | { ok: false; tooLarge: OutputTooLarge };

/**
 * A whole simulation document in, statements (or every problem with the input) out.
 * Credits go straight from validation into the totals (step 1), so none is held in
 * memory; the evaluation (step 2) then reads only the totals. With limits, a document
 * whose output would be too large is refused after validation, before any is built.
 */
export function simulate(document: unknown): SimulationResult;
export function simulate(document: unknown, limits: OutputLimits): LimitedSimulationResult;
export function simulate(document: unknown, limits?: OutputLimits): LimitedSimulationResult {
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
  if (limits) {
    const tooLarge = exceededLimit(outputShape(plan, payees.length, periods.length), limits);
    if (tooLarge) return { ok: false, tooLarge };
  }
  const totals = (accumulator as TotalsAccumulator | null)?.table;
  if (!totals) throw new Error('validation succeeded without totalling the credits');
  return { ok: true, output: { statements: evaluate(plan, periods, payees, totals) } };
}

/** The most output a plan can produce for so many payees and periods. */
export function outputShape(
  plan: Plan,
  payees: number,
  periods: number,
): { statements: number; lines: number; traceSteps: number } {
  const statements = payees * periods;
  const stepsPerStatement = plan.components.reduce((sum, c) => sum + maxStepsOf(c), 0);
  return {
    statements,
    lines: statements * plan.components.length,
    traceSteps: statements * stepsPerStatement,
  };
}

function maxStepsOf(component: Component): number {
  return component.type === 'tiered' ? Math.max(1, component.tiers.length) : 1;
}

function exceededLimit(shape: ReturnType<typeof outputShape>, limits: OutputLimits): OutputTooLarge | null {
  if (shape.statements > limits.maxStatements)
    return { limit: 'statements', would: shape.statements, maximum: limits.maxStatements };
  if (shape.lines > limits.maxLines) return { limit: 'lines', would: shape.lines, maximum: limits.maxLines };
  if (shape.traceSteps > limits.maxTraceSteps)
    return { limit: 'traceSteps', would: shape.traceSteps, maximum: limits.maxTraceSteps };
  return null;
}
