import type { EntityManager } from 'typeorm';

/**
 * Runs a raw SELECT whose columns the caller names in `Row` (snake_case, as PostgreSQL
 * answers). This is the one place a raw result is taken to have that shape; each
 * repository then maps rows with one function, so renaming a column in `Row` fails
 * typechecking wherever it is read.
 */
export async function selectRows<Row>(
  runner: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  return (await runner.query(sql, params)) as Row[];
}
