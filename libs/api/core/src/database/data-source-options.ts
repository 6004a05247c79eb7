import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/** How many connections a process holds and how long anything may wait on the database. */
export interface DatabaseLimits {
  poolSize: number;
  /** Longest wait for a free pooled connection before the request fails with 503. */
  acquireTimeoutMs: number;
  /** Longest a single statement may run before PostgreSQL cancels it (503). */
  statementTimeoutMs: number;
  /** A transaction left idle this long is ended by PostgreSQL, releasing its locks. */
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 10,
  acquireTimeoutMs: 10_000,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 60_000,
};

/**
 * For the connection that applies migrations: no statement or idle limits (0 sends none),
 * since building an index on a large table, or waiting for another replica's migration
 * lock, may rightly take longer than any request should.
 */
export const MIGRATION_LIMITS: Partial<DatabaseLimits> = {
  poolSize: 2,
  statementTimeoutMs: 0,
  idleInTransactionTimeoutMs: 0,
};

/**
 * The one place that says how Cadre talks to PostgreSQL. The schema comes only from
 * migrations (synchronize stays off); the pool is sized per process, so several API
 * replicas share a server. Every wait is bounded, so no mistake can hang the server:
 * a request that cannot get a connection or whose query runs too long fails instead.
 */
export function dataSourceOptions(
  url: string,
  entities: EntityList,
  limits: Partial<DatabaseLimits> = {},
): DataSourceOptions {
  const { poolSize, acquireTimeoutMs, statementTimeoutMs, idleInTransactionTimeoutMs } = {
    ...DEFAULT_DATABASE_LIMITS,
    ...limits,
  };
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension (nor superuser) needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: 'cadre',
    extra: {
      max: poolSize,
      // node-postgres applies this to waiting for a pooled connection as well as opening one.
      connectionTimeoutMillis: acquireTimeoutMs,
      // Sent as session settings when each connection opens.
      statement_timeout: statementTimeoutMs,
      idle_in_transaction_session_timeout: idleInTransactionTimeoutMs,
    },
  };
}
