import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, type AppConfig } from '@cadre/api/core';
import { IdentityModule } from '@cadre/api/identity';
import { LearningModule } from '@cadre/api/learning';
import { CareersModule } from '@cadre/api/careers';
import { CompensationModule } from '@cadre/api/compensation';
import { MentorshipModule } from '@cadre/api/mentorship';
import { PerformanceModule } from '@cadre/api/performance';
import { RecruitmentModule } from '@cadre/api/recruitment';
import { TalentModule } from '@cadre/api/talent';
import { join } from 'node:path';
import { ENTITIES } from './database/entities';

/** The API is the core plus one module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(options: { config: AppConfig; databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ ...options, entities: ENTITIES }),
        IdentityModule,
        TalentModule,
        LearningModule,
        RecruitmentModule,
        MentorshipModule,
        PerformanceModule,
        // The worker is bundled beside main.js and the example plans copied there
        // (webpack.config.js: additionalEntryPoints, assets).
        CompensationModule.register({
          workerFile: join(__dirname, 'simulation-worker.js'),
          examplesDir: join(__dirname, 'examples', 'commission'),
          runLeaseSeconds: options.config.runLeaseSeconds,
        }),
        CareersModule,
      ],
    };
  }
}
