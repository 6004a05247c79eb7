/**
 * Performance: what is measured (metrics), over which periods (the fiscal calendar), what
 * is expected (targets), what was achieved (credited transactions) and how the data
 * arrives (imports). Decimals travel as strings.
 */

export const METRIC_UNITS = ['money', 'count', 'percentage'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/**
 * How a metric's credits combine over a period: `sum` of value × share; `count` of
 * credited transactions (share-weighted, a cancellation counts back); `average` of the
 * values weighted by share; `last`, the latest credited value in the period.
 */
export const METRIC_AGGREGATIONS = ['sum', 'count', 'average', 'last'] as const;
export type MetricAggregation = (typeof METRIC_AGGREGATIONS)[number];

export interface MetricDto {
  id: string;
  code: string;
  nameEn: string;
  nameZh: string;
  unit: MetricUnit;
  currency: string | null;
  aggregation: MetricAggregation;
  higherIsBetter: boolean;
}

export interface CreateMetricRequest {
  code: string;
  nameEn: string;
  nameZh: string;
  unit: MetricUnit;
  currency?: string | null;
  aggregation: MetricAggregation;
  higherIsBetter: boolean;
}

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface FiscalPeriodDto {
  id: string;
  kind: PeriodKind;
  /** `2026-04`, `2026-Q1`, `FY2026`. */
  key: string;
  fiscalYear: number;
  startsOn: string;
  endsOn: string;
  /** A quarter or year is closed when every month in it is. */
  closed: boolean;
  closedAt: string | null;
}

export interface FiscalCalendarDto {
  yearStartMonth: number;
  periods: FiscalPeriodDto[];
}

export interface CreateFiscalYearRequest {
  fiscalYear: number;
}

export interface SmartText {
  specific: string;
  measurable: string;
  achievable: string;
  relevant: string;
  timeBound: string;
}

/** Whether the targets cascaded from a target add up to it. */
export const TARGET_BALANCES = ['exact', 'under', 'over'] as const;
export type TargetBalance = (typeof TARGET_BALANCES)[number];

export interface TargetDto extends SmartText {
  id: string;
  metricId: string;
  metricCode: string;
  periodId: string;
  periodKey: string;
  employeeId: string | null;
  employeeName: string | null;
  orgUnitId: string | null;
  orgUnitName: string | null;
  orgUnitKind: string | null;
  value: string;
  ownerId: string | null;
  ownerName: string | null;
  parentId: string | null;
  weight: string | null;
  acknowledgedAt: string | null;
  /** Targets cascaded from this one: how many, their sum and how it compares. */
  children: { count: number; sum: string; balance: TargetBalance | null };
  updatedAt: string;
}

export interface SetTargetRequest extends Partial<SmartText> {
  metricId: string;
  periodId: string;
  employeeId?: string;
  orgUnitId?: string;
  value: string;
}

export interface UpdateTargetRequest extends Partial<SmartText> {
  value?: string;
}

export const CASCADE_MODES = ['weights', 'values'] as const;
export type CascadeMode = (typeof CASCADE_MODES)[number];

export interface CascadePart {
  employeeId?: string;
  orgUnitId?: string;
  /** Mode `weights`: the parent's value is split in proportion. */
  weight?: string;
  /** Mode `values`: typed by hand. */
  value?: string;
}

export interface CascadeTargetRequest {
  mode: CascadeMode;
  parts: CascadePart[];
}

/** Who a target can be cascaded to: the unit's child units and the people placed in it. */
export interface CascadeChoicesDto {
  units: { id: string; name: string; kind: string }[];
  people: { id: string; name: string }[];
}

export interface TargetQuery {
  periodId?: string;
  metricId?: string;
  employeeId?: string;
  orgUnitId?: string;
}

export interface CreditRequest {
  /** The credited person's work email. */
  employee: string;
  share: string;
  overlay?: boolean;
}

export interface CreateTransactionRequest {
  source: string;
  externalId: string;
  date: string;
  customer?: string;
  productLine?: string;
  region?: string;
  segment?: string;
  /** The external id (same source) of the transaction this one cancels or reverses. */
  reverses?: string;
  values: Record<string, string>;
  credits: CreditRequest[];
}

export interface SalesTransactionDto {
  id: string;
  source: string;
  externalId: string;
  date: string;
  customer: string;
  productLine: string;
  region: string;
  segment: string;
  reversesExternalId: string | null;
  values: Record<string, string>;
  credits: { employeeId: string; employeeName: string; share: string; overlay: boolean }[];
}

export interface CreditedTransactionDto {
  id: string;
  externalId: string;
  date: string;
  customer: string;
  productLine: string;
  region: string;
  segment: string;
  share: string;
  overlay: boolean;
  reversal: boolean;
  /** The metric's value on the transaction and the part credited (value × share). */
  value: string;
  credited: string;
}

// ---- Imports -------------------------------------------------------------------------

/** The fields a file row gives, besides one column per metric code. */
export const IMPORT_FIELDS = [
  'external_id',
  'date',
  'employee',
  'share',
  'overlay',
  'reverses',
  'customer',
  'product_line',
  'region',
  'segment',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['external_id', 'date', 'employee', 'share'];

/** The largest file accepted, in bytes. */
export const IMPORT_MAX_BYTES = 1024 * 1024 * 1024;

export const IMPORT_STATUSES = [
  'reading',
  'validating',
  'merging',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const FINISHED_IMPORT_STATUSES: readonly ImportStatus[] = ['succeeded', 'failed', 'cancelled'];

/** Why a row was refused; the report and the screen word them. */
export const IMPORT_PROBLEM_CODES = [
  'required',
  'column_count',
  'formula',
  'not_a_date',
  'not_a_decimal',
  'too_many_decimals',
  'not_yes_no',
  'share_out_of_range',
  'shares_not_one',
  'unknown_employee',
  'no_open_period',
  'closed_period',
  'duplicate_external_id',
  'inconsistent_transaction',
  'unknown_original',
  'no_values',
  'too_long',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** Why a whole file was refused before its rows were read. */
export const IMPORT_FAILURE_CODES = [
  'file_too_large',
  'not_utf8',
  'empty_file',
  'wrong_delimiter',
  'missing_columns',
  'duplicate_columns',
  'unreadable',
  // Rows broke rules: the report lists them and nothing was merged.
  'row_problems',
  'interrupted',
  'unexpected',
] as const;
export type ImportFailureCode = (typeof IMPORT_FAILURE_CODES)[number];

export interface ImportJobDto {
  id: string;
  source: string;
  fileName: string;
  status: ImportStatus;
  bytesRead: number;
  rowsRead: number;
  rowsValidated: number;
  rowsMerged: number;
  problemCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  cancelRequested: boolean;
  failure: ImportFailureCode | null;
  failureParams: Record<string, string | number> | null;
  requestedByName: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportProblemDto {
  row: number;
  column: string;
  value: string;
  code: ImportProblemCode;
  params: Record<string, string | number> | null;
}

// ---- Attainment ----------------------------------------------------------------------

/** The windows attainment is read over, ending with the chosen month. */
export const ATTAINMENT_WINDOWS = ['month', 'quarter_to_date', 'year_to_date', 'quarter', 'year'] as const;
export type AttainmentWindow = (typeof ATTAINMENT_WINDOWS)[number];

export interface AttainmentFigureDto {
  metricId: string;
  metricCode: string;
  actual: string;
  target: string | null;
  /** actual ÷ target as a decimal ratio (1 = 100%); null without a target. */
  attainment: string | null;
}

export interface PersonAttainmentDto {
  employeeId: string;
  fullName: string;
  orgUnitName: string;
  figures: AttainmentFigureDto[];
}

export interface UnitAttainmentDto {
  orgUnitId: string;
  name: string;
  kind: string;
  parentId: string | null;
  headcount: number;
  figures: AttainmentFigureDto[];
}

export interface AttainmentQuery {
  /** The period: a month, quarter or year key. */
  period: string;
}

export interface MyPerformanceDto {
  employeeId: string;
  fullName: string;
  metrics: MetricDto[];
  month: { key: string; figures: AttainmentFigureDto[] };
  quarter: { key: string; figures: AttainmentFigureDto[] };
  /** Month by month over the fiscal year, per metric: the trend chart. */
  trend: { month: string; figures: { metricCode: string; actual: string; target: string | null }[] }[];
}

// ---- Reviews (复盘) -------------------------------------------------------------------

export const REVIEW_STATUSES = ['draft', 'shared', 'acknowledged'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_ACTION_KINDS = ['task', 'course', 'mentor_goal'] as const;
export type ReviewActionKind = (typeof REVIEW_ACTION_KINDS)[number];

export interface ReviewActionDto {
  id: string;
  reviewId: string;
  /** The period of the review the action was agreed in. */
  periodKey: string;
  text: string;
  kind: ReviewActionKind;
  reference: string | null;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  doneAt: string | null;
}

export interface ReviewSummaryDto {
  id: string;
  employeeId: string;
  employeeName: string;
  reviewerId: string;
  reviewerName: string;
  periodId: string;
  periodKey: string;
  status: ReviewStatus;
  sharedAt: string | null;
  acknowledgedAt: string | null;
}

export interface ReviewDto extends ReviewSummaryDto {
  figures: AttainmentFigureDto[];
  whatWorked: string;
  whatDidNot: string;
  actions: ReviewActionDto[];
  /** Actions of earlier reviews of the same person still open: the agenda's first item. */
  openEarlierActions: ReviewActionDto[];
  /** What the caller may do: the reviewer edits until the person acknowledges; the person acknowledges. */
  canEdit: boolean;
  canAcknowledge: boolean;
}

export interface StartReviewRequest {
  employeeId: string;
  periodId: string;
}

export interface UpdateReviewRequest {
  whatWorked?: string;
  whatDidNot?: string;
}

export interface ReviewActionRequest {
  text: string;
  kind: ReviewActionKind;
  reference?: string | null;
  ownerId: string;
  dueOn: string;
}

/** Review completion of one unit's subtree for a period: HR's calibration view. */
export interface ReviewCompletionDto {
  orgUnitId: string;
  name: string;
  kind: string;
  people: number;
  started: number;
  shared: number;
  acknowledged: number;
}
