import type { OutputLimits, OutputTooLarge } from '@cadre/compensation/engine';

/** The largest plan document the API takes; bigger runs go through stored plans and imports. */
export const SIMULATION_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * What one simulation may produce and use. Chosen so that the largest allowed run
 * answers in a few seconds on two cores, stays well inside the worker's memory, and
 * leaves the API's main thread free (docs/benchmarks.md has the figures).
 */
export interface SimulationLimits extends OutputLimits {
  /** The answer's size as UTF-8 JSON. */
  maxAnswerBytes: number;
  /** The worker thread's V8 old-generation heap. */
  workerHeapMb: number;
}

export const SIMULATION_LIMITS: SimulationLimits = {
  maxStatements: 20_000,
  maxLines: 100_000,
  maxTraceSteps: 400_000,
  maxAnswerBytes: 64 * 1024 * 1024,
  workerHeapMb: 1024,
};

export type SimulationLimitName = OutputTooLarge['limit'] | 'answerBytes' | 'memory';

/** Words for each limit, as a person planning a smaller run needs them. */
export function describeLimit(exceeded: {
  limit: SimulationLimitName;
  would?: number;
  maximum: number;
}): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const times = exceeded.would ? ` (${(exceeded.would / exceeded.maximum).toFixed(1)} times the limit)` : '';
  switch (exceeded.limit) {
    case 'statements':
      return `The simulation would produce ${n(exceeded.would ?? 0)} statements (payees × periods); at most ${n(exceeded.maximum)} are allowed${times}. Simulate fewer payees or periods at once.`;
    case 'lines':
      return `The simulation would produce ${n(exceeded.would ?? 0)} statement lines (payees × periods × components); at most ${n(exceeded.maximum)} are allowed${times}. Simulate fewer payees, periods or components at once.`;
    case 'traceSteps':
      return `The simulation would write ${n(exceeded.would ?? 0)} calculation steps (each tier band reached is one); at most ${n(exceeded.maximum)} are allowed${times}. Use fewer tiers, payees or periods.`;
    case 'answerBytes':
      return `The answer would be ${mb(exceeded.would ?? 0)} MB; at most ${mb(exceeded.maximum)} MB is allowed${times}. Simulate fewer payees or periods at once.`;
    case 'memory':
      return `The simulation needed more than the ${n(exceeded.maximum)} MB of memory a simulation may use. Simulate fewer payees, periods or credits at once.`;
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
