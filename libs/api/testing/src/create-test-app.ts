import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureHttp, CoreModule, loadAppConfig, type AppConfig, type EntityList } from '@cadre/api/core';
import { createTestDatabase, type TestDatabase } from './test-postgres';

type ModuleImport = Type | DynamicModule | ForwardReference;

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  database: TestDatabase;
  config: AppConfig;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The core plus the given context modules, in-process, on a fresh database: for
 * integration tests of services and repositories. (The API e2e suite boots the real
 * server instead.)
 */
export async function createTestApp(options: {
  imports: ModuleImport[];
  entities: EntityList;
  env?: NodeJS.ProcessEnv;
}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadAppConfig({
    DATABASE_URL: database.url,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    CADRE_DATA_DIR: mkdtempSync(join(tmpdir(), 'cadre-test-data-')),
    CADRE_WEB_ROOT: 'none',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    LOG_LEVEL: 'error',
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ config, databaseUrl: database.url, entities: options.entities }),
      ...options.imports,
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    db: app.get(DataSource),
    database,
    config,
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
