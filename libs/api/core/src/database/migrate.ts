import { DataSource } from 'typeorm';

// Any constant works; it only has to be the same in every replica.
const MIGRATION_LOCK = 7_246_001;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so replicas that start
 * together take turns instead of racing. Returns the names applied.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
