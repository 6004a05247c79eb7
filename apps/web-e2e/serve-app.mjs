// Serves the built app for the browser tests from a fresh data folder (embedded
// PostgreSQL, demo data), removed again when Playwright stops the server.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'cadre-web-e2e-'));
chmodSync(dataDir, 0o755); // the database may run as another OS user
const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, CADRE_DATA_DIR: dataDir, LOGIN_THROTTLE_MAX_PER_ADDRESS: '1000' },
});
const stop = (signal) => server.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
