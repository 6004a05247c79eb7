import type { FieldError } from '@cadre/shared/contracts';

/** Deeper than any request Cadre takes; deeper input is refused before anything walks it. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that would reach an object's prototype when copied onto a class instance. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first thing in a request value that no field may hold: a NUL character (PostgreSQL
 * text cannot store it), a lone UTF-16 surrogate (not Unicode text; jsonb refuses it), a
 * key such as `__proto__`, or nesting deeper than MAX_INPUT_DEPTH. Walks iteratively, so
 * input nested 10,000 deep cannot exhaust the stack. Null when the value is safe.
 */
export function findUnsafeInput(value: unknown, root: string): FieldError | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length) {
    const { value: current, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { field: path || 'body', ...problem };
      continue;
    }
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue;
    if (depth >= MAX_INPUT_DEPTH)
      return {
        field: path || 'body',
        reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep`,
        code: 'too_deep',
        params: { max: MAX_INPUT_DEPTH },
      };
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(current)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key))
        return { field: keyPath, reason: 'is not an allowed field name', code: 'forbidden_key' };
      const keyProblem = textProblem(key);
      if (keyProblem)
        return {
          field: path || 'body',
          reason: `has a field name that ${keyProblem.reason}`,
          code: keyProblem.code,
        };
      stack.push({ value: (current as Record<string, unknown>)[key], path: keyPath, depth: depth + 1 });
    }
  }
  return null;
}

function textProblem(text: string): Pick<FieldError, 'reason' | 'code'> | null {
  if (text.includes('\u0000'))
    return { reason: 'must not contain NUL characters (\\u0000)', code: 'nul_character' };
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed())
    return { reason: 'is not valid Unicode text (it holds a lone UTF-16 surrogate)', code: 'lone_surrogate' };
  return null;
}
