import type { Decimal } from './decimal';
import type { RoundingPolicy } from './currency';
import type { Period, PeriodKind } from './periods';

/** A plan, payees and credits after validation: decimals parsed, references resolved. */

export type ComponentType = 'rate' | 'tiered' | 'bonus' | 'curve';
export const COMPONENT_TYPES: readonly ComponentType[] = ['rate', 'tiered', 'bonus', 'curve'];

/** attribute -> accepted values; a credit matches when every attribute is one of its values. */
export type Filter = Readonly<Record<string, readonly string[]>>;

interface ComponentBase {
  id: string;
  name: string | null;
  metric: string;
  filter: Filter | null;
  cap: Decimal | null;
  gate: { metric: string; minAttainment: Decimal; basisKey: string } | null;
  requires: string[];
  /** Which total this component reads: metric plus filter, shared by components that agree. */
  basisKey: string;
}

export interface RateComponent extends ComponentBase {
  type: 'rate';
  rate: Decimal;
}

export interface Tier {
  /** null: the open last band. */
  upTo: Decimal | null;
  rate: Decimal;
}

export interface TieredComponent extends ComponentBase {
  type: 'tiered';
  basis: 'attainment' | 'amount';
  mode: 'marginal' | 'retroactive';
  tiers: Tier[];
}

export interface BonusComponent extends ComponentBase {
  type: 'bonus';
  minAttainment: Decimal | null;
  minAmount: Decimal | null;
  amount: Decimal;
}

export interface CurvePoint {
  attainment: Decimal;
  payout: Decimal;
}

export interface CurveComponent extends ComponentBase {
  type: 'curve';
  points: CurvePoint[];
}

export type Component = RateComponent | TieredComponent | BonusComponent | CurveComponent;

export interface Plan {
  id: string;
  name: string | null;
  currency: string;
  /** The currency's minor unit (ISO 4217). */
  decimals: number;
  rounding: RoundingPolicy;
  period: PeriodKind;
  components: Component[];
  ramp: Decimal[];
  draw: { amount: Decimal; recoverable: boolean } | null;
  cap: Decimal | null;
}

export interface Payee {
  id: string;
  hireDate: string | null;
  quota: ReadonlyMap<string, Decimal>;
  certifications: { id: string; date: string }[];
  openingBalance: Decimal;
}

export interface Credit {
  id: string;
  /** Index into the payees. */
  payee: number;
  date: string;
  metric: string;
  /** amount × share: the credited value. */
  value: Decimal;
  attributes: Readonly<Record<string, string>>;
}

export interface SimulationInput {
  plan: Plan;
  periods: Period[];
  payees: Payee[];
  /** The valid credits, unless a credit sink received them instead. */
  credits: Credit[];
  creditCount: number;
}

/** Whether a component needs the payee's quota for its own metric. */
export function needsQuota(component: Component): boolean {
  switch (component.type) {
    case 'tiered':
      return component.basis === 'attainment';
    case 'bonus':
      return component.minAttainment !== null;
    case 'curve':
      return true;
    case 'rate':
      return false;
  }
}

export function basisKeyOf(metric: string, filter: Filter | null): string {
  if (!filter) return `${metric}|`;
  const canonical = Object.keys(filter)
    .sort()
    .map((attribute) => [attribute, [...(filter[attribute] ?? [])].sort()]);
  return `${metric}|${JSON.stringify(canonical)}`;
}

export function matchesFilter(filter: Filter, attributes: Readonly<Record<string, string>>): boolean {
  for (const attribute in filter) {
    const value = attributes[attribute];
    if (value === undefined || !(filter[attribute] ?? []).includes(value)) return false;
  }
  return true;
}
