import { ImportJobEntity } from './imports/import-job.entity';
import { MetricEntity } from './metrics/metric.entity';
import { FiscalCalendarEntity, FiscalPeriodEntity } from './periods/fiscal-period.entity';
import { ReviewActionEntity, ReviewEntity } from './reviews/review.entity';
import { TargetEntity } from './targets/target.entity';
import {
  CreditedTotalEntity,
  SalesCreditEntity,
  SalesTransactionEntity,
} from './transactions/sales-transaction.entity';

export const PERFORMANCE_ENTITIES = [
  MetricEntity,
  FiscalCalendarEntity,
  FiscalPeriodEntity,
  TargetEntity,
  SalesTransactionEntity,
  SalesCreditEntity,
  CreditedTotalEntity,
  ImportJobEntity,
  ReviewEntity,
  ReviewActionEntity,
];
