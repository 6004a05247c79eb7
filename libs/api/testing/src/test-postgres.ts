// Secondary entry point @cadre/api/testing/postgres is this file alone: Nest-free, for Jest global setup.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  MIGRATION_LIMITS,
  EmbeddedPostgres,
  migrate,
  quoteIdent,
} from '@cadre/api/core/database';

/**
 * One PostgreSQL server per test run (embedded, or TEST_DATABASE_URL's), holding a
 * template database with every migration applied. Each test file clones the template,
 * which takes a few milliseconds, so tests never share rows.
 */
const ADMIN_URL_VAR = 'CADRE_TEST_ADMIN_URL';
const TEMPLATE_VAR = 'CADRE_TEST_TEMPLATE';

export interface TestPostgres {
  adminUrl: string;
  template: string;
  stop(): Promise<void>;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  let server: EmbeddedPostgres | null = null;
  let dir: string | null = null;
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'cadre-test-pg-'));
    chmodSync(dir, 0o755); // the server may run as another OS user
    server = await EmbeddedPostgres.start({
      dataDir: join(dir, 'data'),
      password: randomBytes(12).toString('hex'),
      ephemeral: true,
    });
    adminUrl = server.url();
  }
  const template = `cadre_template_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${quoteIdent(template)}`));
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(adminUrl, template), [], MIGRATION_LIMITS));
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[ADMIN_URL_VAR] = adminUrl;
  process.env[TEMPLATE_VAR] = template;
  return {
    adminUrl,
    template,
    async stop() {
      if (server) {
        await server.stop();
        if (dir) rmSync(dir, { recursive: true, force: true });
      } else {
        await withAdmin(adminUrl, (client) =>
          client.query(`drop database if exists ${quoteIdent(template)} with (force)`),
        );
      }
    },
  };
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ADMIN_URL_VAR];
  const template = process.env[TEMPLATE_VAR];
  if (!adminUrl || !template) {
    throw new Error(
      'No test PostgreSQL: add globalSetup/globalTeardown from @cadre/api/testing to this jest config',
    );
  }
  const name = `cadre_test_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (client) =>
    client.query(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`),
  );
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () =>
      withAdmin(adminUrl, (client) =>
        client.query(`drop database if exists ${quoteIdent(name)} with (force)`),
      ).then(() => undefined),
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
