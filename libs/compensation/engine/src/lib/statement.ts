/**
 * The output of a calculation: statements whose every number comes with how it arose.
 * Amounts are strings: money with exactly the currency's decimals, other decimals in
 * full (traces). Traces are structured so that a screen can render them in any language;
 * `explain.ts` renders them as English text.
 */
import type { ComponentType } from './model';

export type CalculationStep =
  /** rate × basis */
  | { step: 'rate'; rate: string; basis: string; amount: string }
  /** One band of a marginal tier table: the part of the basis that falls in it. */
  | {
      step: 'band';
      band: number;
      from: string | null;
      to: string | null;
      slice: string;
      rate: string;
      amount: string;
    }
  /** Retroactive tiers: the band the whole basis falls in pays its rate on all of it. */
  | {
      step: 'retroactive';
      band: number;
      from: string | null;
      to: string | null;
      rate: string;
      basis: string;
      amount: string;
    }
  /** A bonus threshold (minAttainment × quota, or minAmount) and whether the basis reached it. */
  | { step: 'bonus'; threshold: string; met: boolean; amount: string }
  /** A pay curve: below its first point, above its last, or on the segment between two points. */
  | {
      step: 'curve';
      position: 'below' | 'between' | 'above';
      from: { attainment: string; payout: string };
      to: { attainment: string; payout: string };
      amount: string;
    };

export interface LineTrace {
  type: ComponentType;
  metric: string;
  /** T: the credited total this component reads (after its filter). */
  basis: string;
  /** Q: quota × ramp multiplier, when the component or its gate uses one. */
  quota: string | null;
  /** T / Q, when there is a quota. */
  attainment: string | null;
  steps: CalculationStep[];
  /** A: the raw amount before certifications, gates, caps and rounding. */
  raw: string;
  /** Why the line pays nothing although A may not be 0. */
  zeroedBy:
    | { reason: 'certification'; missing: string[]; by: string }
    | { reason: 'gate'; metric: string; total: string; required: string; minAttainment: string }
    | null;
  /** When the component's cap lowered A. */
  capped: { cap: string; uncapped: string } | null;
  /** The amount before rounding, and the rounding applied. */
  exact: string;
  rounding: 'half-up' | 'half-even';
}

export interface StatementLine {
  component: string;
  name: string | null;
  amount: string;
  trace: LineTrace;
}

export interface StatementTrace {
  /** 1 for the period containing the hire date; null without a hire date. */
  tenurePeriod: number | null;
  rampMultiplier: string;
  /** Sum of the rounded lines. */
  linesTotal: string;
  /** When the plan's cap lowered the earnings. */
  planCap: { cap: string; uncapped: string } | null;
  draw: { amount: string; recoverable: boolean } | null;
  openingBalance: string;
  /** Which rule of the draw and balance step applied. */
  settlement: 'earnings-cover-draw' | 'draw-paid';
  /** What this period added to the balance (draw shortfall or negative earnings). */
  balanceAdded: string;
}

export interface Statement {
  payee: string;
  period: string;
  currency: string;
  lines: StatementLine[];
  earnings: string;
  payout: string;
  recovered: string;
  balance: string;
  trace: StatementTrace;
}

export interface SimulationOutput {
  statements: Statement[];
}
