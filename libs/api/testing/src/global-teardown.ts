import type { TestPostgres } from './test-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __cadreTestPostgres?: TestPostgres }).__cadreTestPostgres?.stop();
}
