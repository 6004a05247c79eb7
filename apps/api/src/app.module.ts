import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, type AppConfig } from '@cadre/api/core';
import { IdentityModule } from '@cadre/api/identity';
import { ENTITIES } from './database/entities';

/** The API is the core plus one module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(options: { config: AppConfig; databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ ...options, entities: ENTITIES }), IdentityModule],
    };
  }
}
