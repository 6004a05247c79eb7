import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureLoginRole } from '@cadre/api/core/database';
import {
  createTestDatabase,
  startTestPostgres,
  type TestDatabase,
  type TestPostgres,
} from '@cadre/api/testing/postgres';

const E2E_RUNTIME_ROLE = 'cadre_e2e_app';

export interface E2eServer {
  postgres: TestPostgres;
  database: TestDatabase;
  server: ChildProcess;
  logFile: string;
}

/**
 * The API exactly as `npm start` runs it (the built bundle, migrations at boot), on a
 * fresh database with no demo data. Tests build their own data with the factories.
 */
export default async function globalSetup(): Promise<void> {
  const main = join(process.cwd(), 'dist', 'apps', 'api', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (npx nx build api)`);
  const postgres = await startTestPostgres();
  const database = await createTestDatabase();
  // The server runs as a role that owns nothing, as `npm start` does; the tests' factories
  // and the migrations use the owner.
  const runtimePassword = randomBytes(12).toString('hex');
  await ensureLoginRole(postgres.adminUrl, E2E_RUNTIME_ROLE, runtimePassword);
  const runtimeUrl = new URL(database.url);
  runtimeUrl.username = E2E_RUNTIME_ROLE;
  runtimeUrl.password = runtimePassword;
  const port = await freePort();
  const logFile = join(mkdtempSync(join(tmpdir(), 'cadre-api-e2e-')), 'server.log');
  // e.g. CADRE_E2E_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under a benchmark
  const nodeArgs = (process.env['CADRE_E2E_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      DATABASE_URL: runtimeUrl.toString(),
      DATABASE_MIGRATION_URL: database.url,
      JWT_SECRET: 'e2e-secret-that-is-long-enough-for-hs256',
      PORT: String(port),
      HOST: '127.0.0.1',
      CADRE_WEB_ROOT: 'none',
      CADRE_SEED_DEMO: 'false',
      CADRE_DATA_DIR: mkdtempSync(join(tmpdir(), 'cadre-api-e2e-data-')),
      PASSWORD_HASH_MEMORY_KIB: '1024',
      // A killed run worker's claim runs out in seconds, so that the retry is seen in a test.
      CADRE_RUN_LEASE_SECONDS: '3',
      LOGIN_THROTTLE_MAX_PER_ACCOUNT: '5',
      LOGIN_THROTTLE_MAX_PER_ADDRESS: '30',
      LOG_LEVEL: 'warn',
      // The tests stand in for a proxy on this machine: each says who its client is.
      TRUST_PROXY: 'loopback',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, logFile);
  process.env['CADRE_E2E_API_URL'] = baseUrl;
  process.env['CADRE_E2E_DATABASE_URL'] = database.url;
  process.env['CADRE_E2E_RUNTIME_DATABASE_URL'] = runtimeUrl.toString();
  process.env['CADRE_E2E_SERVER_LOG'] = logFile;
  (globalThis as { __cadreE2e?: E2eServer }).__cadreE2e = { postgres, database, server, logFile };
}

async function waitForHealth(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with ${server.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the API did not become healthy within 60 s; see ${logFile}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
