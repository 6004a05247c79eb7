import type { E2eServer } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const e2e = (globalThis as { __cadreE2e?: E2eServer }).__cadreE2e;
  if (!e2e) return;
  if (e2e.server.exitCode === null) {
    const exited = new Promise((done) => e2e.server.once('exit', done));
    e2e.server.kill('SIGTERM');
    await exited;
  }
  await e2e.database.drop();
  await e2e.postgres.stop();
}
