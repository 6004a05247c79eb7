import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  ConfigError,
  configureHttp,
  dataSourceOptions,
  MIGRATION_LIMITS,
  EMBEDDED_RUNTIME_ROLE,
  EmbeddedPostgres,
  EmbeddedPostgresError,
  ensureLoginRole,
  grantRuntimeRole,
  loadAppConfig,
  migrate,
  roleOf,
  readOrCreateLocalSecrets,
  type AppConfig,
} from '@cadre/api/core';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from '@cadre/api/demo-data';
import { PasswordHasher } from '@cadre/api/identity';
import { RunWorker, SIMULATION_BODY_LIMIT_BYTES, SIMULATION_ROUTE } from '@cadre/api/compensation';
import { AppModule } from './app.module';
import { serveWebClient } from './web-client';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const logger = new Logger('Cadre');

/**
 * `node main.js`        serve the API and the web client, with CADRE_RUN_WORKERS (1) worker processes
 * `node main.js seed`   migrate, load the demo data into an empty database, exit
 * `node main.js migrate` apply pending migrations, exit
 * `node main.js worker` calculate commission runs (any number, beside any number of APIs)
 */
async function main(command: string): Promise<void> {
  const config = loadAppConfig();
  Logger.overrideLogger(LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1));
  if (command === 'worker') return worker(config);

  let embedded: EmbeddedPostgres | null = null;
  // The owner runs migrations; the API runs as a role that owns nothing (and so cannot
  // disable the audit log's trigger). Embedded: the superuser and cadre_app.
  let ownerUrl: string;
  let runtimeUrl: string;
  if (config.databaseUrl) {
    runtimeUrl = config.databaseUrl;
    ownerUrl = config.databaseMigrationUrl ?? config.databaseUrl;
  } else {
    const secrets = readOrCreateLocalSecrets(config.dataDir);
    embedded = await EmbeddedPostgres.start({
      dataDir: join(config.dataDir, 'postgres'),
      password: secrets.databasePassword,
      log: (message) => logger.log(message),
    });
    await embedded.ensureDatabase('cadre');
    await ensureLoginRole(embedded.url(), EMBEDDED_RUNTIME_ROLE, secrets.databaseAppPassword);
    ownerUrl = embedded.url('cadre');
    runtimeUrl = embedded.url('cadre', {
      role: EMBEDDED_RUNTIME_ROLE,
      password: secrets.databaseAppPassword,
    });
  }

  let app: NestExpressApplication | null = null;
  let stopping = false;
  const workers = new Set<ChildProcess>();
  // Ordered shutdown: stop taking requests, finish them, close the pool, stop the database.
  const shutdown = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${reason}: shutting down`);
    const force = setTimeout(() => process.exit(code || 1), 30_000).unref();
    try {
      await stopWorkers(workers);
      await app?.close();
      if (embedded) rmSync(embeddedAddressFile(config), { force: true });
      await embedded?.stop();
      logger.log(
        embedded ? 'stopped: HTTP, database pool, embedded PostgreSQL' : 'stopped: HTTP, database pool',
      );
    } finally {
      clearTimeout(force);
      process.exit(code);
    }
  };
  // `on`, not `once`: a second signal (Ctrl-C pressed twice, a supervisor and its process
  // group both signalling) must not kill the process half-way through stopping the database.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const applied = await migrateAs(ownerUrl);
    if (applied.length) logger.log(`applied migrations: ${applied.join(', ')}`);
    if (roleOf(ownerUrl) !== roleOf(runtimeUrl)) await grantRuntimeRole(ownerUrl, roleOf(runtimeUrl));
    else
      logger.warn(
        'the API runs as the role that owns the schema, so it could switch off the audit log\'s trigger; give DATABASE_MIGRATION_URL (the owner) and a DATABASE_URL role that owns nothing (docs/architecture.md, "Database roles")',
      );
    if (command === 'migrate') return await shutdown('migrations done');

    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl: runtimeUrl }),
      { bufferLogs: false, forceCloseConnections: true },
    );
    const dataSource = app.get(DataSource);

    if (command === 'seed' || config.seedDemoData) {
      const result = await seedDemoData(dataSource, app.get(PasswordHasher));
      if (result.seeded)
        logger.log(
          `demo data loaded: ${result.units} org units, ${result.employees} employees, ${result.users} logins`,
        );
      else if (command === 'seed') logger.log('the database already has users; demo data not loaded');
    }
    if (command === 'seed') return await shutdown('seed done');

    configureHttp(app, config, [{ path: SIMULATION_ROUTE, limitBytes: SIMULATION_BODY_LIMIT_BYTES }]);
    const servesWeb = config.webRoot !== null && serveWebClient(app, config.webRoot);
    await app.listen(config.port, process.env['HOST'] || '0.0.0.0');
    // `npm run worker` finds the embedded database through this file.
    if (embedded) writeFileSync(embeddedAddressFile(config), JSON.stringify({ port: embedded.port }));
    for (let i = 0; i < config.runWorkers; i++) superviseWorker(workers, config, runtimeUrl, () => stopping);
    announce(config, await app.getUrl(), servesWeb);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await shutdown('start-up failed', 1);
  }
}

/**
 * A worker process: no HTTP, no migrations (the API applies them); it claims commission
 * runs from the database until it is told to stop, and finishes the run in hand first.
 */
async function worker(config: AppConfig): Promise<void> {
  const databaseUrl = config.databaseUrl ?? embeddedRuntimeUrl(config);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl }), {
    bufferLogs: false,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: the worker stops after the run in hand`);
    setTimeout(() => process.exit(1), 120_000).unref();
    await context.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Started by `serve`: stop when it is gone (killed without the chance to stop us).
  const parent = process.env['CADRE_WORKER_PARENT'];
  if (parent) setInterval(() => String(process.ppid) !== parent && void stop('parent gone'), 2000).unref();
  context.get(RunWorker).start();
}

function embeddedAddressFile(config: AppConfig): string {
  return join(config.dataDir, 'embedded-postgres.json');
}

/** The embedded database of a running `npm start`, as its runtime role. */
function embeddedRuntimeUrl(config: AppConfig): string {
  const file = embeddedAddressFile(config);
  if (!existsSync(file))
    throw new ConfigError([
      `no DATABASE_URL, and no embedded database running in ${config.dataDir}: start Cadre first (npm start)`,
    ]);
  const { port } = JSON.parse(readFileSync(file, 'utf8')) as { port: number };
  const secrets = readOrCreateLocalSecrets(config.dataDir);
  const role = encodeURIComponent(EMBEDDED_RUNTIME_ROLE);
  return `postgres://${role}:${encodeURIComponent(secrets.databaseAppPassword)}@127.0.0.1:${port}/cadre`;
}

/** Starts a worker process beside the API and starts it again if it dies, until shutdown. */
function superviseWorker(
  workers: Set<ChildProcess>,
  config: AppConfig,
  databaseUrl: string,
  stopping: () => boolean,
): void {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', 'worker'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: config.jwtSecret,
      CADRE_SEED_DEMO: 'false',
      CADRE_WORKER_PARENT: String(process.pid),
    },
    stdio: 'inherit',
  });
  workers.add(child);
  child.on('exit', (code, signal) => {
    workers.delete(child);
    if (stopping()) return;
    logger.warn(`run worker ${child.pid} exited (${signal ?? code}): starting another`);
    setTimeout(() => !stopping() && superviseWorker(workers, config, databaseUrl, stopping), 1000).unref();
  });
}

async function stopWorkers(workers: Set<ChildProcess>): Promise<void> {
  await Promise.all(
    [...workers].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** Applies pending migrations as the schema's owner, on a connection of its own. */
async function migrateAs(ownerUrl: string): Promise<string[]> {
  // Two connections: migrate() holds one for its advisory lock while the migrations run on the other.
  const owner = await new DataSource(dataSourceOptions(ownerUrl, [], MIGRATION_LIMITS)).initialize();
  try {
    return await migrate(owner);
  } finally {
    await owner.destroy();
  }
}

function announce(config: AppConfig, rawUrl: string, servesWeb: boolean): void {
  const url = rawUrl
    .replace('[::1]', 'localhost')
    .replace('0.0.0.0', 'localhost')
    .replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    `  Cadre is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    servesWeb
      ? ''
      : '  (the web client is not built: run `npm start`, which builds it, or `npx nx build web`)',
  ];
  if (config.seedDemoData) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) lines.push(`    ${login.email.padEnd(22)} ${login.roles.join(', ')}`);
  }
  process.stdout.write(lines.filter((l) => l !== '').join('\n') + '\n\n');
}

main(process.argv[2] ?? 'serve').catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
  } else if (error instanceof EmbeddedPostgresError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
