/**
 * Commission operations: stored plans, assignments, runs and statements. Amounts are decimal
 * strings; a statement's calculation is the engine's `Statement` (lines with traces), which
 * the web reads through `@cadre/compensation/engine`'s types.
 */

/**
 * A stored statement goes draft → approved by the payee's manager → approved by finance,
 * which locks it. A `recalculated` version sits beside a locked one for comparison when the
 * period's credits changed later; it is never paid (its difference is, as an adjustment).
 */
export const STATEMENT_STATUSES = ['draft', 'manager_approved', 'locked', 'recalculated'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

/** A period's run, or a recalculation of its locked statements after its credits changed. */
export const RUN_KINDS = ['period', 'recalculation'] as const;
export type RunKind = (typeof RUN_KINDS)[number];
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Attributes of a credited transaction that a plan component's `filter` may name. */
export const PLAN_FILTER_ATTRIBUTES = ['product', 'region', 'segment', 'customer'] as const;

export interface PlanVersionDto {
  id: string;
  version: number;
  status: 'draft' | 'published';
  /** The first day this version pays; a later published version takes over from its own date. */
  effectiveFrom: string;
  /** The plan object of the document format (commission-plan-format.md), without credits. */
  document: Record<string, unknown>;
  createdAt: string;
  publishedAt: string | null;
}

export interface PlanDto {
  id: string;
  code: string;
  name: string;
  currency: string;
  period: 'month' | 'quarter';
  versions: PlanVersionDto[];
  assignments: number;
}

export interface CreatePlanRequest {
  code: string;
  effectiveFrom: string;
  document: Record<string, unknown>;
}

export interface SavePlanDraftRequest {
  effectiveFrom: string;
  document: Record<string, unknown>;
}

export interface QuotaDto {
  period: string;
  metric: string;
  value: string;
  /** The metric's names, when read back (not needed to write one). */
  nameEn?: string;
  nameZh?: string;
}

export interface AssignmentDto {
  id: string;
  planId: string;
  planCode: string;
  employeeId: string;
  fullName: string;
  startsOn: string;
  endsOn: string | null;
  acknowledgedAt: string | null;
  acknowledgedName: string | null;
  quotas: QuotaDto[];
  /** The plan as it pays now (the latest published version's document), for the person to read. */
  planName: string;
  planDocument: Record<string, unknown> | null;
  /** The metrics the document reads, named in both languages (with the document; else empty). */
  metrics: { code: string; nameEn: string; nameZh: string }[];
}

export interface CreateAssignmentsRequest {
  planId: string;
  /** The people… */
  employeeIds?: string[];
  /** …or everyone active on a role profile (exactly one of the two). */
  roleProfileId?: string;
  startsOn: string;
  endsOn: string | null;
  /** Typed in per metric and period… */
  quotas: QuotaDto[];
  /** …or taken from each person's targets of these metrics for the periods given. */
  quotasFromTargets: { metric: string; periods: string[] } | null;
}

/** Someone a run could not pay, and why. */
export interface RunProblemDto {
  employeeId: string;
  fullName: string;
  code: 'missing_quota';
  params: Record<string, string>;
}

export interface RunDto {
  id: string;
  period: string;
  kind: RunKind;
  status: RunStatus;
  payeesTotal: number;
  payeesDone: number;
  statementsWritten: number;
  /** Statements already approved, which a run leaves as they are. */
  keptApproved: number;
  failure: string | null;
  problems: RunProblemDto[];
  requestedAt: string;
  finishedAt: string | null;
}

export interface StatementSummaryDto {
  id: string;
  employeeId: string;
  fullName: string;
  period: string;
  version: number;
  currency: string;
  earnings: string;
  payout: string;
  balance: string;
  status: StatementStatus;
  /** The payout of the same person's previous period, to show the change. */
  previousPayout: string | null;
  managerApprovedBy: string | null;
  financeApprovedBy: string | null;
  rejection: string | null;
}

export interface StatementDto extends StatementSummaryDto {
  recovered: string;
  planCode: string;
  planVersion: number;
  /** The engine's `Statement`: lines with their traces, the settlement trace. */
  calculation: Record<string, unknown>;
  /** Payouts of this person's locked statements in the same calendar year, this one included once locked. */
  earningsToDate: string;
  /** Attainment per metric with a quota: the credited total against it. */
  attainment: { metric: string; total: string; quota: string }[];
  /** The names of the metrics the statement reads, in both languages, for its explanations. */
  metrics: { code: string; nameEn: string; nameZh: string }[];
  history: { action: string; by: string; at: string; comment: string | null }[];
  /** Later recalculations of this locked statement, and the difference each put on a later statement. */
  recalculations: { version: number; payout: string; difference: string; createdAt: string }[];
  /** Adjustments this statement pays, included in its payout. */
  adjustments: AdjustmentLineDto[];
  disputes: DisputeDto[];
}

export interface StatementDecisionRequest {
  statementIds: string[];
  comment: string | null;
}

export interface StatementRejectionRequest {
  statementIds: string[];
  reason: string;
}

export const DISPUTE_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export interface DisputeDto {
  id: string;
  statementId: string;
  employeeId: string;
  fullName: string;
  period: string;
  component: string;
  /** The line's name on the statement (its component id when it has none). */
  lineName: string;
  /** The disputed line's amount when the dispute was raised. */
  lineAmount: string;
  currency: string;
  reason: string;
  status: DisputeStatus;
  raisedAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  /** Accepted: what is paid (or recovered) on the next statement. */
  adjustment: string | null;
}

export interface RaiseDisputeRequest {
  component: string;
  reason: string;
}

export interface ResolveDisputeRequest {
  decision: 'accept' | 'reject';
  resolution: string;
  /** With accept: the adjustment, positive paid to the person, negative recovered. */
  amount: string | null;
}

/** An adjustment line on a statement, outside the plan's rules. */
export interface AdjustmentLineDto {
  id: string;
  amount: string;
  reason: string;
  sourcePeriod: string;
}

/**
 * What the pay estimator needs to run the engine in the browser on a person's own plan: the
 * inputs a run of the period would evaluate for them, as it stands today.
 */
export interface PayEstimateInputsDto {
  period: string;
  planName: string;
  planVersion: number;
  /** The stored plan (the `plan` object of the document format). */
  plan: Record<string, unknown>;
  /** The person as a payee of the document format: quotas of the period, certifications held at its end, opening balance. */
  payee: {
    id: string;
    hireDate: string | null;
    quota: Record<string, string>;
    certifications: { id: string; date: string }[];
    openingBalance: string;
  };
  /** The period's totals so far, per basis key of the plan (bases with nothing credited are left out). */
  totals: Record<string, string>;
  /** The metrics the plan reads, named. */
  metrics: { code: string; nameEn: string; nameZh: string; unit: string }[];
  /** Values a sale's attributes take, from the person's sales and the plan's filters, for picking a deal's. */
  attributes: { product: string[]; region: string[]; segment: string[] };
}

/** One person's pay in a past period under the plan as it pays and under its draft. */
export interface PlanWhatIfPersonDto {
  employeeId: string;
  fullName: string;
  /** Under the version that paid the period; null when none did (or the person lacked a quota). */
  current: { earnings: string; payout: string } | null;
  /** Under the draft; null when the person lacks a quota the draft needs. */
  draft: { earnings: string; payout: string } | null;
  /** Draft earnings minus current earnings; null when either is missing. */
  difference: string | null;
}

/** "What would last period have paid under this draft": per person and in total. */
export interface PlanWhatIfDto {
  period: string;
  currency: string;
  draftVersion: number;
  /** The version that paid the period, if one was published by its end. */
  currentVersion: number | null;
  people: PlanWhatIfPersonDto[];
  total: { current: string; draft: string; difference: string };
  /** People a version could not pay (a quota it needs is missing), per version. */
  problems: (RunProblemDto & { version: 'current' | 'draft' })[];
}

/** Someone a plan could be assigned to, with the plan they hold today if any. */
export interface AssignableEmployeeDto {
  id: string;
  fullName: string;
  email: string;
  roleProfileId: string | null;
  currentPlanCode: string | null;
}

/** A role profile and how many active people are on it, to assign a plan to all of them. */
export interface AssignableRoleProfileDto {
  id: string;
  code: string;
  nameEn: string;
  nameZh: string;
  people: number;
}

/** One period of an approval queue: how many statements are at each step, and what they pay. */
export interface StatementQueuePeriodDto {
  period: string;
  total: number;
  draft: number;
  managerApproved: number;
  locked: number;
  /** What the period's statements pay, when they share one currency; else null. */
  payout: string | null;
  currency: string;
}

/** An approval queue a page at a time: its periods, the one shown, and a page of its statements. */
export interface StatementQueueDto {
  periods: StatementQueuePeriodDto[];
  /** The period asked for, or the latest with something awaiting the reader, or the latest; null when there is none. */
  period: string | null;
  offset: number;
  limit: number;
  rows: StatementSummaryDto[];
}

/** One credited sale behind a statement line: what it was worth and the person's share of it. */
export interface LineCreditDto {
  source: string;
  externalId: string;
  date: string;
  customer: string;
  product: string;
  region: string;
  segment: string;
  value: string;
  share: string;
  /** value × share: what it adds to the line's total. */
  credited: string;
}

/** The sales behind one line of a statement (the credits its total adds up), a page at a time. */
export interface StatementLineCreditsDto {
  component: string;
  metric: string;
  total: number;
  offset: number;
  limit: number;
  credits: LineCreditDto[];
}

/** A plan assignment suggested by a change of role (a promotion), for finance to confirm. */
export interface AssignmentProposalDto {
  id: string;
  employeeId: string;
  fullName: string;
  startsOn: string;
  roleProfileName: { en: string; zh: string } | null;
  reason: string;
  /** The plan the person holds now on the start date, if any. */
  currentPlan: { id: string; code: string; name: string } | null;
  suggestedPlan: { id: string; code: string; name: string } | null;
  status: 'open' | 'confirmed' | 'dismissed';
  createdAt: string;
  assignmentId: string | null;
}

export interface ConfirmProposalRequest {
  planId: string;
}
