import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import request from 'supertest';
import { serveWebClient } from './web-client';

@Module({})
class NothingModule {}

/** A built client in a temporary folder: each file with its Brotli copy, as precompress writes them. */
function builtClient(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cadre-web-client-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(root, name), content);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(content));
  }
  return root;
}

describe('serveWebClient', () => {
  const roots: string[] = [];
  const apps: NestExpressApplication[] = [];
  const serve = async (files: Record<string, string>) => {
    const root = builtClient(files);
    roots.push(root);
    const app = await NestFactory.create<NestExpressApplication>(NothingModule, { logger: false });
    apps.push(app);
    expect(serveWebClient(app, root)).toBe(true);
    await app.init();
    return app.getHttpServer();
  };
  const page = (server: unknown, path: string, encoding = 'br') =>
    request(server as never)
      .get(path)
      .set('accept', 'text/html')
      .set('accept-encoding', encoding)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += String(chunk)));
        res.on('end', () => done(null, text));
      });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    roots.forEach((r) => rmSync(r, { recursive: true, force: true }));
  });

  it("answers /login with the sign-in page's own HTML, and every other page with index.html", async () => {
    const server = await serve({
      'index.html': '<html>every page</html>',
      'login.html': '<html>sign-in page</html>',
    });
    for (const path of ['/login', '/login/'])
      expect((await page(server, path)).body).toBe('<html>sign-in page</html>');
    for (const path of ['/', '/people', '/login-help'])
      expect((await page(server, path)).body).toBe('<html>every page</html>');
    const plain = await page(server, '/login', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('<html>sign-in page</html>');
    expect(plain.headers['cache-control']).toBe('no-cache');
  });

  it('answers /login with index.html when the build wrote no page of its own', async () => {
    const server = await serve({ 'index.html': '<html>every page</html>' });
    expect((await page(server, '/login')).body).toBe('<html>every page</html>');
  });
});
