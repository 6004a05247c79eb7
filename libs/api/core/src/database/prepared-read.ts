import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { insideTransaction, TransactionEscapeError } from './transaction-guard';

/** A read run on every request of a hot route: named, so each connection parses and plans it once. */
export interface PreparedRead {
  /** Unique across the application: PostgreSQL keeps one prepared statement per name and connection. */
  name: string;
  text: string;
}

/**
 * Runs a hot, read-only query straight on the pool as a named prepared statement,
 * skipping TypeORM's query runner (a checkout, a parse and a plan per call otherwise).
 * Not for transactions: inside one it fails like any other escape from it.
 */
export async function preparedRead<Row>(
  dataSource: DataSource,
  statement: PreparedRead,
  values: unknown[],
): Promise<Row[]> {
  if (insideTransaction()) throw new TransactionEscapeError();
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    return (await pool.query({ name: statement.name, text: statement.text, values })).rows as Row[];
  } catch (error) {
    // The same shape as TypeORM's errors, so the error filter maps SQLSTATEs alike.
    throw error instanceof Error && 'code' in error
      ? new QueryFailedError(statement.text, values, error)
      : error;
  }
}
