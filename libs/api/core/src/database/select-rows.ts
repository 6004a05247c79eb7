import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a raw SELECT whose result columns (as the query names or aliases them) the caller
 * declares in `Row`. Repositories map rows with one function, so renaming a field of `Row`
 * fails typechecking wherever it is read.
 */
export async function selectRows<Row>(
  runner: EntityManager | DataSource,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  return (await runner.query(sql, params)) as Row[];
}

/** A value to match literally inside an ILIKE pattern: its wildcards and backslashes escaped. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
