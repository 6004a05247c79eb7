import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import { ApiErrorSchema } from '../errors/api-error.schema';
import { mountLargeBodyRoutes, type LargeBodyRoute } from './large-body-routes';

export type { LargeBodyRoute } from './large-body-routes';

export const API_PREFIX = 'api';

/** HTTP concerns shared by the server and the tests: prefix, security headers, limits, docs. */
export function configureHttp(
  app: NestExpressApplication,
  config: AppConfig,
  largeBodyRoutes: LargeBodyRoute[] = [],
): OpenAPIObject {
  app.setGlobalPrefix(API_PREFIX);
  // Only named proxies may say who the client is (X-Forwarded-For); by default none may,
  // or anyone could pick their own address for throttling and the audit log.
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular Material and the Swagger UI use inline styles; no inline script runs
          // anywhere (the web client and the Swagger UI load theirs from files).
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'script-src': ["'self'"],
        },
      },
    }),
  );
  // API answers of some size go compressed (Brotli at a fast quality, or gzip), in
  // libuv's thread pool. Not the simulation (its answer streams, up to 64 MB, and the
  // client reads it as it comes) nor files (CVs, already compressed formats).
  app.use(
    `/${API_PREFIX}`,
    compression({
      threshold: 2048,
      filter: (req, res) => !/\/compensation\/simulate$|\/cv$/.test(req.path) && compression.filter(req, res),
    }),
  );
  // Only the session routes read a cookie (the refresh token); nothing else parses them.
  app.use(`/${API_PREFIX}/auth`, cookieParser());
  // Route-specific parsers first: body-parser skips a body that is already read.
  mountLargeBodyRoutes(app, largeBodyRoutes);
  app.useBodyParser('json', { limit: '2mb' });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  return setupOpenApi(app);
}

export function setupOpenApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Cadre API')
      .setDescription(
        'The sales talent and incentive platform. Authenticate with POST /api/auth/login and send the access token as a Bearer token. Every error answers the ApiError shape.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
    { extraModels: [ApiErrorSchema] },
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    customSiteTitle: 'Cadre API',
  });
  return document;
}
