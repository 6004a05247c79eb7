import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** Hashed file names never change content: browsers may keep them for a year. */
const HASHED = /\.[0-9a-z]{8,}\.(js|css|woff2?)$|-[0-9A-Z]{8}\.(js|css)$/i;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Pages with an HTML of their own, written at build time (tools/scripts/precompress.mjs):
 * index.html plus the page's chunks, so the browser asks for them all at once.
 */
const PAGE_HTML: Record<string, string> = { '/login': 'login.html' };

/**
 * Serves the built Angular client from the same origin as the API: the Brotli or gzip
 * copy written at build time (tools/scripts/precompress.mjs) when the browser takes it,
 * hashed assets cached for a year, index.html never cached, and any other non-API GET
 * answered with index.html (or the page's own HTML) so deep links work. Returns false
 * when there is no build.
 */
export function serveWebClient(app: NestExpressApplication, webRoot: string): boolean {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return false;
  const pageHtml = (path: string) => {
    const own = PAGE_HTML[path.replace(/\/+$/, '')];
    return own && existsSync(join(webRoot, own)) ? join(webRoot, own) : index;
  };
  const cacheControl = (path: string) =>
    HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const type = TYPES[extname(req.path)];
    if (!type || req.path.startsWith('/api/')) return next();
    const file = normalize(join(webRoot, decodeURIComponent(req.path)));
    if (!file.startsWith(webRoot + sep)) return next();
    const accepted = req.header('accept-encoding') ?? '';
    const encoding =
      /\bbr\b/.test(accepted) && existsSync(`${file}.br`)
        ? 'br'
        : /\bgzip\b/.test(accepted) && existsSync(`${file}.gz`)
          ? 'gzip'
          : null;
    if (!encoding) return next();
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', cacheControl(file));
    res.sendFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`);
  });
  app.useStaticAssets(webRoot, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControl(path)),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === '/api' || req.path.startsWith('/api/') || !req.accepts('html'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    const html = pageHtml(req.path);
    const encoding = encodingFor(req, html);
    if (!encoding) return res.sendFile(html);
    res.setHeader('Content-Type', TYPES['.html'] as string);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.sendFile(`${html}.${encoding === 'br' ? 'br' : 'gz'}`);
  });
  return true;
}

/** The precompressed copy of `file` this browser takes, Brotli first; null for the file itself. */
function encodingFor(req: Request, file: string): 'br' | 'gzip' | null {
  const accepted = req.header('accept-encoding') ?? '';
  if (/\bbr\b/.test(accepted) && existsSync(`${file}.br`)) return 'br';
  if (/\bgzip\b/.test(accepted) && existsSync(`${file}.gz`)) return 'gzip';
  return null;
}
