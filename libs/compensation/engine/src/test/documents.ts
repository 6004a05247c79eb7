import { formatProblem } from '../lib/problems';
import { simulate } from '../lib/simulate';
import type { Statement } from '../lib/statement';

/** Small builders for test documents: only what a test is about has to be written. */
export interface DocumentParts {
  plan?: Record<string, unknown>;
  components?: Record<string, unknown>[];
  periods?: string[];
  payees?: Record<string, unknown>[];
  credits?: Record<string, unknown>[];
}

let creditSeq = 0;

export function credit(
  payee: string,
  date: string,
  amount: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  creditSeq += 1;
  return { id: `c${creditSeq}`, payee, date, metric: 'revenue', amount, ...extra };
}

export function document(parts: DocumentParts): Record<string, unknown> {
  return {
    plan: {
      id: 'test',
      name: 'Test plan',
      currency: 'CNY',
      period: 'month',
      components: parts.components ?? [{ id: 'rev', type: 'rate', metric: 'revenue', rate: '0.05' }],
      ...parts.plan,
    },
    periods: parts.periods ?? ['2027-01'],
    payees: parts.payees ?? [{ id: 'rep', quota: { revenue: '100000', margin: '30000' } }],
    credits: parts.credits ?? [],
  };
}

export function statements(parts: DocumentParts): Statement[] {
  const result = simulate(document(parts));
  if (!result.ok) throw new Error(`unexpected problems:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.output.statements;
}

/** The amount of one line of the only (or first) statement. */
export function line(parts: DocumentParts, component = 'rev'): string {
  const found = statements(parts)[0]?.lines.find((l) => l.component === component);
  if (!found) throw new Error(`no line for ${component}`);
  return found.amount;
}

export function problems(doc: unknown): string[] {
  const result = simulate(doc);
  if (result.ok) throw new Error('expected the document to be refused');
  // Every problem's English is whole: no {placeholder} its params left unfilled.
  const unfilled = result.problems.filter((p) => /\{\w+\}/.test(p.message));
  if (unfilled.length > 0) throw new Error(`unfilled message: ${unfilled.map(formatProblem).join('; ')}`);
  return result.problems.map(formatProblem);
}
