import { ResultsLookup } from './attainment/results-lookup.service';
import { Module } from '@nestjs/common';
import { IdentityModule } from '@cadre/api/identity';
import { AttainmentRepository } from './attainment/attainment.repository';
import { AttainmentService } from './attainment/attainment.service';
import { PerformanceAuditSubjects } from './audit/performance-audit-subjects';
import { ImportsRepository } from './imports/imports.repository';
import { ImportsService } from './imports/imports.service';
import { MetricsRepository } from './metrics/metrics.repository';
import { MetricsService } from './metrics/metrics.service';
import { PerformanceController } from './performance.controller';
import { PeriodsRepository } from './periods/periods.repository';
import { PeriodsService } from './periods/periods.service';
import { ReviewsController } from './reviews/reviews.controller';
import { ReviewsRepository } from './reviews/reviews.repository';
import { ReviewsService } from './reviews/reviews.service';
import { TargetsLookup } from './targets/targets-lookup.service';
import { TargetsRepository } from './targets/targets.repository';
import { TargetsService } from './targets/targets.service';
import { TransactionsRepository } from './transactions/transactions.repository';
import { TransactionsService } from './transactions/transactions.service';

/** Metrics, the fiscal calendar, targets, credited transactions, imports, attainment and reviews. */
@Module({
  imports: [IdentityModule],
  controllers: [PerformanceController, ReviewsController],
  providers: [
    ResultsLookup,
    PerformanceAuditSubjects,
    MetricsRepository,
    MetricsService,
    PeriodsRepository,
    PeriodsService,
    TargetsRepository,
    TargetsService,
    ImportsRepository,
    ImportsService,
    AttainmentRepository,
    AttainmentService,
    ReviewsRepository,
    ReviewsService,
    TransactionsRepository,
    TransactionsService,
    TargetsLookup,
  ],
  exports: [TargetsLookup, ResultsLookup],
})
export class PerformanceModule {}
