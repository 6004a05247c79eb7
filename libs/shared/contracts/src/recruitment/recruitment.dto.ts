import type { Bilingual, CompetencyCategory } from '../talent/talent.dto';

/** Requisitions, candidates, applications, scorecards, fit and hiring (招聘). */
export const REQUISITION_STATUSES = ['draft', 'open', 'on_hold', 'filled', 'cancelled'] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];

/**
 * The statuses a requisition may be changed to from each status; filled and cancelled are
 * final. Only hiring its last seat fills a requisition. The server enforces it and the
 * pipeline page offers exactly these.
 */
export const REQUISITION_STATUS_CHANGES: Readonly<Record<RequisitionStatus, readonly RequisitionStatus[]>> = {
  draft: ['open', 'cancelled'],
  open: ['on_hold', 'cancelled'],
  on_hold: ['open', 'cancelled'],
  filled: [],
  cancelled: [],
};

export interface RequisitionDto {
  id: string;
  title: string;
  status: RequisitionStatus;
  roleProfileId: string;
  roleProfileVersionId: string;
  roleProfileVersion: number;
  roleProfileName: Bilingual;
  orgUnitId: string;
  orgUnitName: string;
  hiringManagerId: string;
  hiringManagerName: string;
  headcount: number;
  filled: number;
  applications: number;
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
}

export interface CreateRequisitionRequest {
  title: string;
  roleProfileId: string;
  orgUnitId: string;
  hiringManagerId: string;
  headcount: number;
  /** Defaults to draft. */
  status?: RequisitionStatus;
}

export interface UpdateRequisitionRequest {
  title?: string;
  status?: RequisitionStatus;
  headcount?: number;
  hiringManagerId?: string;
  orgUnitId?: string;
}

export const CANDIDATE_SOURCES = [
  'referral',
  'job_board',
  'career_site',
  'agency',
  'linkedin',
  'campus',
  'event',
  'other',
] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

export interface CandidateDto {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  source: CandidateSource;
  yearsExperience: string;
  industries: string[];
  skills: string[];
  notes: string;
  cv: { fileName: string; contentType: string; sizeBytes: number; uploadedAt: string } | null;
  applications: { id: string; requisitionId: string; requisitionTitle: string; stage: ApplicationStage }[];
  createdAt: string;
}

export interface CreateCandidateRequest {
  fullName: string;
  email?: string | null;
  phone?: string | null;
  source: CandidateSource;
  yearsExperience: string;
  industries?: string[];
  skills?: string[];
  notes?: string;
}

export type UpdateCandidateRequest = Partial<CreateCandidateRequest>;

export const APPLICATION_STAGES = [
  'applied',
  'screening',
  'interview',
  'assessment',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
/** Stages an application cannot leave. */
export const FINAL_STAGES: readonly ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];
/** Hiring is offered from this stage; from an earlier one only with a recorded reason. */
export const HIRING_STAGE: ApplicationStage = 'offer';

export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export interface FitCompetency {
  competencyId: string;
  code: string;
  name: Bilingual;
  category: CompetencyCategory;
  targetLevel: number;
  weight: string;
  mustHave: boolean;
  /** Mean of the interviewers' ratings, null until someone rated it. */
  rating: string | null;
  /** target − rating when below target, else "0". */
  gap: string;
  /** Share of the fit score this competency contributes, out of 100. */
  contribution: string;
  /** Interviewers' ratings differ by 3 or more. */
  disagreement: boolean;
}

export interface FitDto {
  /** 0 to 100, null until a scorecard is in. */
  score: string | null;
  knockedOut: boolean;
  /** Must-have competencies below target. */
  knockedOutBy: string[];
  meets: string[];
  gaps: { code: string; rating: string; target: number; gap: string; mustHave: boolean }[];
  competencies: FitCompetency[];
  scorecards: number;
  /** Interviewers disagree strongly on a competency or on the recommendation. */
  disagreement: boolean;
}

export interface ApplicationSummaryDto {
  id: string;
  candidateId: string;
  candidateName: string;
  requisitionId: string;
  stage: ApplicationStage;
  stageChangedAt: string;
  fitScore: string | null;
  knockedOut: boolean;
  scorecards: number;
  interviewers: number;
  disagreement: boolean;
  /** The caller owes a scorecard here: the combined fit is withheld until they submit. */
  fitHidden: boolean;
  /** Position in the requisition's ranking (fit, knock-outs last). */
  rank: number;
}

export interface ScorecardDto {
  id: string;
  interviewerUserId: string;
  interviewerName: string;
  recommendation: Recommendation;
  summary: string;
  ratings: { competencyId: string; rating: number; evidence: string }[];
  /** When first submitted. */
  submittedAt: string;
  /** 1 as first submitted; each amendment adds one. */
  revision: number;
  amendedAt: string | null;
  /**
   * Amended after another interviewer had scored: the author could read the others'
   * scorecards first (an interviewer sees them once their own is in).
   */
  amendedAfterReadingOthers: boolean;
}

export interface ApplicationDto {
  id: string;
  stage: ApplicationStage;
  candidate: CandidateDto;
  requisition: RequisitionDto;
  roleProfileVersionId: string;
  history: {
    from: ApplicationStage | null;
    to: ApplicationStage;
    reason: string;
    actorName: string | null;
    at: string;
  }[];
  interviewers: { userId: string; name: string; submitted: boolean }[];
  /** Others' scorecards stay hidden from an interviewer until they submit their own. */
  scorecards: ScorecardDto[];
  myScorecard: ScorecardDto | null;
  fit: FitDto;
  hiredEmployeeId: string | null;
  createdAt: string;
}

export interface CreateApplicationRequest {
  candidateId: string;
  requisitionId: string;
}

export interface MoveApplicationRequest {
  stage: ApplicationStage;
  reason: string;
}

export interface SubmitScorecardRequest {
  recommendation: Recommendation;
  summary: string;
  ratings: { competencyId: string; rating: number; evidence: string }[];
}

export interface HireRequest {
  hireDate: string;
  jobTitle: string;
  /** The new employee's work email and sign-in. */
  email: string;
  /** First password for the new account; they change it on their profile. */
  initialPassword: string;
  /** Required to hire before the offer stage: why, recorded in the history and the audit log. */
  overrideReason?: string;
}

export interface HireResultDto {
  applicationId: string;
  employeeId: string;
  userId: string;
  requisition: RequisitionDto;
  developmentNeeds: { competencyCode: string; currentLevel: string; targetLevel: number; gap: string }[];
  /** The role profile's curriculum the new employee now follows; null when the profile has none. */
  onboarding: { enrolledCourses: number } | null;
}

export interface ComparisonDto {
  competencies: {
    competencyId: string;
    code: string;
    name: Bilingual;
    targetLevel: number;
    mustHave: boolean;
    weight: string;
  }[];
  candidates: {
    applicationId: string;
    candidateName: string;
    fitScore: string | null;
    knockedOut: boolean;
    ratings: (string | null)[];
  }[];
}

export interface OwedScorecardDto {
  applicationId: string;
  candidateName: string;
  requisitionId: string;
  requisitionTitle: string;
  stage: ApplicationStage;
  assignedAt: string;
}
