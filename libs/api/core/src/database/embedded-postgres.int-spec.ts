import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

/** Starts an embedded server on `dataDir` in another Node process, as `npm run db:migrate` would. */
function startInChild(dataDir: string) {
  const code = `
    const { EmbeddedPostgres } = require(${JSON.stringify(join(__dirname, 'embedded-postgres.ts'))});
    EmbeddedPostgres.start({ dataDir: ${JSON.stringify(dataDir)}, password: 'pw', ephemeral: true })
      .then((server) => { console.log('ready ' + server.port); setInterval(() => undefined, 1000); })
      .catch((error) => { console.error(error.message); process.exit(3); });`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', code], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const settled = new Promise<{ ready: boolean; exitCode: number | null; out: string }>((resolve) => {
    child.stdout.on('data', () => out.includes('ready ') && resolve({ ready: true, exitCode: null, out }));
    child.once('exit', (exitCode) => resolve({ ready: false, exitCode, out }));
  });
  return { child, settled };
}

async function answers(server: EmbeddedPostgres): Promise<boolean> {
  const client = new Client({ connectionString: server.url(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return (await client.query('select 1 as one')).rows[0].one === 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('the embedded PostgreSQL and a data folder in use', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-embedded-'));
    chmodSync(dir, 0o755); // the server may run as another OS user
    dirs.push(dir);
    return join(dir, 'postgres');
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('refuses, with a clear message, to start on the folder of a running server whose owner is alive, and leaves that server running', async () => {
    const dataDir = folder();
    const running = await EmbeddedPostgres.start({ dataDir, password: 'pw', ephemeral: true });
    try {
      const second = await startInChild(dataDir).settled;
      expect(second).toMatchObject({ ready: false, exitCode: 3 });
      expect(second.out).toContain('is in use by a running Cadre server');
      expect(second.out).toContain(`process ${process.pid}`);
      expect(await answers(running)).toBe(true);
    } finally {
      await running.stop();
    }
  }, 60_000);

  it('stops a server left behind by a process that was killed, and starts afresh', async () => {
    const dataDir = folder();
    const first = startInChild(dataDir);
    expect((await first.settled).ready).toBe(true);
    const exited = new Promise((done) => first.child.once('exit', done));
    first.child.kill('SIGKILL');
    await exited;
    const next = await EmbeddedPostgres.start({ dataDir, password: 'pw', ephemeral: true });
    try {
      expect(await answers(next)).toBe(true);
    } finally {
      await next.stop();
    }
  }, 60_000);
});
