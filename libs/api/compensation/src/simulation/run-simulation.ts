import { planProblem, simulate, type PlanProblem } from '@cadre/compensation/engine';
import type { SimulationLimitName, SimulationLimits } from './simulation-limits';

export type SimulationAnswer =
  | { ok: true; json: Uint8Array }
  | { ok: false; problems: PlanProblem[] }
  | { ok: false; tooLarge: { limit: SimulationLimitName; would: number; maximum: number } };

/**
 * Body bytes in, output JSON bytes (or the problems, or the limit it would break) out.
 * Pure; used by the worker and inline. Bytes both ways, so the worker can hand them to
 * the main thread without a copy and the main thread never parses or serialises.
 */
export function runSimulation(body: Uint8Array, limits: SimulationLimits): SimulationAnswer {
  let document: unknown;
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    document = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        planProblem('$', 'plan_json', { ...whereIn(text, error), detail: (error as Error).message }),
      ],
    };
  }
  const result = simulate(document, limits);
  if (!result.ok) return result;
  const json = new TextEncoder().encode(JSON.stringify(result.output));
  if (json.byteLength > limits.maxAnswerBytes)
    return {
      ok: false,
      tooLarge: { limit: 'answerBytes', would: json.byteLength, maximum: limits.maxAnswerBytes },
    };
  return { ok: true, json };
}

/** Where a JSON parse failed, as the editor counts (line and column from 1); the start if unknown. */
function whereIn(text: string, error: unknown): { line: number; column: number } {
  const at = /position (\d+)/.exec((error as Error).message);
  const offset = at ? Math.min(Number(at[1]), text.length) : 0;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
