import { startTestPostgres, type TestPostgres } from './test-postgres';

// Jest runs this once per run, in the parent process; workers inherit the env it sets.
export default async function globalSetup(): Promise<void> {
  (globalThis as { __cadreTestPostgres?: TestPostgres }).__cadreTestPostgres = await startTestPostgres();
}
