import { validateDocument } from '@cadre/compensation/engine';

/** A plan document as the builder edits it: the `plan` object of the format, JSON values. */
export type PlanDocument = Record<string, unknown>;
export type Path = readonly (string | number)[];

/** The value at a path, or undefined. */
export function getAt(document: unknown, path: Path): unknown {
  let node: unknown = document;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of the document with the value at a path replaced; `undefined` removes the key
 * (or the list item). Everything else keeps its place, so a document edited in the form
 * and shown as JSON differs from the original only where it was edited.
 */
export function setAt<T>(document: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(document)) {
    const copy = [...document];
    const index = Number(key);
    if (!rest.length && value === undefined) copy.splice(index, 1);
    else copy[index] = setAt(copy[index], rest, value);
    return copy as T;
  }
  const source =
    document !== null && typeof document === 'object' ? (document as Record<string, unknown>) : {};
  const child = rest.length
    ? setAt(source[key] ?? (typeof rest[0] === 'number' ? [] : {}), rest, value)
    : value;
  const copy: Record<string, unknown> = {};
  let placed = false;
  for (const [k, v] of Object.entries(source)) {
    if (k === String(key)) {
      placed = true;
      if (child !== undefined) copy[k] = child;
    } else copy[k] = v;
  }
  if (!placed && child !== undefined) copy[String(key)] = child;
  return copy as T;
}

/** "a, b" → ["a", "b"]; a filter value or a list of codes, as typed. */
export function listOf(text: string): string[] {
  return text
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A filter's value (one string or a list) as the builder shows it: "east, north". */
export function listText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'string' ? value : '';
}

/** The JSON path the engine's problems name, as a path of the document (`plan.components[0].rate`). */
export function pathText(path: Path): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${key}`),
    'plan',
  );
}

/** What the engine says of the plan as it stands: its problems, each at its path. */
export function planProblems(document: PlanDocument) {
  const example = document['period'] === 'quarter' ? '2026-Q1' : '2026-01';
  const result = validateDocument({ plan: document, periods: [example], payees: [], credits: [] });
  return result.ok ? [] : result.problems;
}

/** A new component of a kind, with the fields its kind needs, empty. */
export function newComponent(type: string, id: string, metric = 'revenue'): Record<string, unknown> {
  switch (type) {
    case 'tiered':
      return {
        id,
        type,
        metric,
        basis: 'attainment',
        mode: 'marginal',
        tiers: [
          { upTo: '1.0', rate: '' },
          { upTo: null, rate: '' },
        ],
      };
    case 'bonus':
      return { id, type, metric, minAttainment: '1.0', amount: '' };
    case 'curve':
      return {
        id,
        type,
        metric,
        points: [
          { attainment: '0.5', payout: '0' },
          { attainment: '1.0', payout: '' },
        ],
      };
    default:
      return { id, type: 'rate', metric, rate: '' };
  }
}

/** The fields every kind shares, kept when a component changes kind. */
const SHARED = ['id', 'name', 'metric', 'filter', 'cap', 'gate', 'requires'];

export function withType(component: Record<string, unknown>, type: string): Record<string, unknown> {
  const fresh = newComponent(type, String(component['id'] ?? ''), String(component['metric'] ?? 'revenue'));
  const kept = Object.fromEntries(SHARED.filter((k) => k in component).map((k) => [k, component[k]]));
  return { ...fresh, ...kept, type };
}
