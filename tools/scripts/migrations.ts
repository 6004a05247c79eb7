/**
 * Schema migrations, from the entities.
 *   npm run db:migration:generate -- <PascalCaseName>   writes the SQL that brings the
 *       migrated schema up to the entities into a new migration file
 *   npm run db:migration:check                          fails when entities and migrations drift
 * Both run against a throwaway embedded PostgreSQL (or TEST_DATABASE_URL's server).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { dataSourceOptions, MIGRATION_LIMITS, EmbeddedPostgres } from '@cadre/api/core/database';
import { ENTITIES } from '../../apps/api/src/database/entities';

const MIGRATIONS_DIR = 'libs/api/core/src/database/migrations';

async function pendingSchemaChanges(): Promise<{ up: string[]; down: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-migrations-'));
  chmodSync(dir, 0o755); // the server may run as another OS user
  let server: EmbeddedPostgres | null = null;
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    server = await EmbeddedPostgres.start({
      dataDir: join(dir, 'pg'),
      password: randomBytes(12).toString('hex'),
      ephemeral: true,
    });
    adminUrl = server.url();
  }
  const database = `cadre_migrations_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const dataSource = new DataSource(dataSourceOptions(url.toString(), ENTITIES, MIGRATION_LIMITS));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await admin.query(`drop database if exists ${database}`);
    await admin.end();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('name the migration in PascalCase, e.g. AddCandidates');
  const { up, down } = await pendingSchemaChanges();
  if (up.length === 0) {
    console.error('entities and migrations agree: nothing to generate');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  writeFileSync(
    join(MIGRATIONS_DIR, file),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
  );
  const index = join(MIGRATIONS_DIR, 'index.ts');
  const source = readFileSync(index, 'utf8');
  const importLine = `import { ${className} } from './${file.replace(/\.ts$/, '')}';\n`;
  writeFileSync(
    index,
    importLine +
      source.replace(/export const MIGRATIONS = \[([^\]]*)\];/s, (_m, list: string) => {
        const items = list
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        return `export const MIGRATIONS = [${[...items, className].join(', ')}];`;
      }),
  );
  console.error(`wrote ${join(MIGRATIONS_DIR, file)} (${up.length} statements); review it, then commit`);
}

async function check(): Promise<void> {
  const { up } = await pendingSchemaChanges();
  if (up.length > 0) {
    console.error(
      'The entities and the migrations disagree. Pending statements:\n' + up.map((q) => `  ${q};`).join('\n'),
    );
    console.error('Run npm run db:migration:generate -- <Name> and commit the new migration.');
    process.exitCode = 1;
    return;
  }
  console.error('schema check: entities and migrations agree');
}

const [command, name] = process.argv.slice(2);
const run = command === 'generate' && name ? generate(name) : command === 'check' ? check() : null;
if (!run) {
  console.error('usage: migrations.ts generate <Name> | check');
  process.exit(2);
}
run.catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
