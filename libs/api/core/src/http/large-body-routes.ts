import type { NestExpressApplication } from '@nestjs/platform-express';
import { JwtService } from '@nestjs/jwt';
import { raw, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { ApiError } from '@cadre/shared/contracts';
import { JWT_AUDIENCE, JWT_ISSUER } from '../auth/jwt.strategy';

/** A route that takes a larger body than the default 2 MB, read as raw bytes. */
export interface LargeBodyRoute {
  path: string;
  limitBytes: number;
}

/**
 * Mounts each large-body route's parser behind a signature check of the access token, so
 * an anonymous caller is answered 401 before the server reads megabytes it will discard.
 * (The global guards still run afterwards, with the database, for the full check.)
 */
export function mountLargeBodyRoutes(app: NestExpressApplication, routes: LargeBodyRoute[]): void {
  if (!routes.length) return;
  const jwt = app.get(JwtService);
  for (const route of routes) {
    app.use(route.path, tokenBeforeBody(jwt), raw({ type: 'application/json', limit: route.limitBytes }));
  }
}

function tokenBeforeBody(jwt: JwtService): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.header('authorization') ?? '';
    const token = /^Bearer (\S+)$/i.exec(header)?.[1];
    try {
      if (!token) throw new Error('no token');
      jwt.verify(token, { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE });
      next();
    } catch {
      const body: ApiError = {
        statusCode: 401,
        error: 'Unauthorized',
        code: 'unauthenticated',
        message: 'Sign in first: this route needs a valid access token',
      };
      // Close rather than read and discard the body the client may still be sending.
      res.setHeader('Connection', 'close');
      res.status(401).json(body);
    }
  };
}
