import { simulate } from '@cadre/compensation/engine';

export type SimulationAnswer = { ok: true; json: string } | { ok: false; problems: string[] };

/** Body text in, output JSON text (or the problems) out. Pure; used by the worker and inline. */
export function runSimulation(text: string): SimulationAnswer {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`$: not valid JSON: ${(error as Error).message}`] };
  }
  const result = simulate(document);
  return result.ok
    ? { ok: true, json: JSON.stringify(result.output) }
    : { ok: false, problems: result.problems };
}
