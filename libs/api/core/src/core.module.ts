import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions, type EntityList } from './database/data-source-options';
import { AuditController } from './audit/audit.controller';
import { AuditRepository } from './audit/audit.repository';
import { AuditService } from './audit/audit.service';
import { AuditSubjects } from './audit/audit-subjects';
import { JWT_AUDIENCE, JWT_ISSUER, JwtStrategy } from './auth/jwt.strategy';
import { AnonymousRateLimitGuard } from './auth/anonymous-rate-limit.guard';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { PermissionsGuard } from './auth/permissions.guard';
import { HttpExceptionFilter } from './errors/http-exception.filter';
import { createValidationPipe } from './errors/validation.pipe';
import { TransactionRunner } from './database/transaction-runner';
import { HealthController } from './health/health.controller';
import { DailyJobs } from './jobs/daily-jobs';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsRepository } from './notifications/notifications.repository';
import { NotificationsService } from './notifications/notifications.service';
import { RequestContextMiddleware } from './request-context/request-context.middleware';

export interface CoreModuleOptions {
  config: AppConfig;
  /** The resolved database URL (the embedded server's, or DATABASE_URL). */
  databaseUrl: string;
  entities: EntityList;
}

/**
 * The spine every context plugs into: configuration, the database, authentication and
 * permission guards, validation, error mapping, the audit log, the notification inbox,
 * daily jobs and health.
 */
@Global()
@Module({})
export class CoreModule implements NestModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot(
          dataSourceOptions(options.databaseUrl, options.entities, options.config.database),
        ),
        PassportModule,
        JwtModule.register({
          secret: options.config.jwtSecret,
          signOptions: {
            algorithm: 'HS256',
            issuer: JWT_ISSUER,
            audience: JWT_AUDIENCE,
            expiresIn: options.config.accessTokenTtlSeconds,
          },
        }),
      ],
      controllers: [HealthController, AuditController, NotificationsController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        JwtStrategy,
        AuditRepository,
        AuditService,
        AuditSubjects,
        TransactionRunner,
        NotificationsRepository,
        NotificationsService,
        DailyJobs,
        { provide: APP_GUARD, useClass: AnonymousRateLimitGuard },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: PermissionsGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
      exports: [
        APP_CONFIG,
        AuditService,
        AuditSubjects,
        TransactionRunner,
        NotificationsService,
        DailyJobs,
        JwtModule,
        TypeOrmModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}
