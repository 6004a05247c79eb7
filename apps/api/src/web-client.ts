import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built Angular client from the same origin as the API: hashed assets cached
 * for a year, index.html never cached, and any other non-API GET answered with
 * index.html so deep links work. Returns false when there is no build to serve.
 */
export function serveWebClient(app: NestExpressApplication, webRoot: string): boolean {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(webRoot, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        /\.[0-9a-z]{8,}\.(js|css|woff2?)$/i.test(path) || /-[0-9A-Z]{8}\.(js|css)$/.test(path)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === '/api' || req.path.startsWith('/api/') || !req.accepts('html'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
