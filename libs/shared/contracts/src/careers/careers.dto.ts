import type { Bilingual } from '../talent/talent.dto';

/** Career tracks (职业发展通道): the expert route and the management route. */
export const CAREER_TRACK_KINDS = ['expert', 'management'] as const;
export type CareerTrackKind = (typeof CAREER_TRACK_KINDS)[number];

/**
 * A results threshold of a level: the metric's attainment (actual ÷ target, e.g. "1.00")
 * reached in at least `quarters` of the last `ofQuarters` complete fiscal quarters.
 */
export interface ResultsThreshold {
  metric: string;
  minAttainment: string;
  quarters: number;
  ofQuarters: number;
}

/** What a level asks beyond the competencies of its role profile; each edit is a new version. */
export interface CareerLevelTerms {
  responsibilities: Bilingual;
  certifications: string[];
  /** Whole months in the level below (or the level moved from) before this one. */
  minMonthsInPreviousLevel: number;
  results: ResultsThreshold[];
}

export interface CareerLevelDto extends CareerLevelTerms {
  id: string;
  trackId: string;
  rank: number;
  /** The level is a role profile: its competency expectations (target, weight, must-have). */
  roleProfileId: string;
  roleProfileCode: string;
  name: Bilingual;
  version: number;
  /** Levels of other tracks one may move to from here (a senior rep to team lead). */
  movesTo: string[];
}

export interface CareerTrackDto {
  id: string;
  code: string;
  kind: CareerTrackKind;
  name: Bilingual;
  levels: CareerLevelDto[];
}

/** A level's terms, and the levels of other tracks one may move to from it (not versioned). */
export interface UpdateCareerLevelRequest extends CareerLevelTerms {
  movesTo?: string[];
}

/** A new level at the top of a track: a role profile that is no level yet, with its terms. */
export interface AddCareerLevelRequest extends UpdateCareerLevelRequest {
  roleProfileId: string;
}

/** HR places someone on a level from a date, or credits earlier experience at their level. */
export interface PlaceOnLevelRequest {
  levelId: string;
  startsOn: string;
  /** Experience from before joining, counted as time in the level. */
  credited: boolean;
}

/** The four parts of readiness, in the order they are shown. */
export const READINESS_PARTS = ['competencies', 'certifications', 'time', 'results'] as const;
export type ReadinessPart = (typeof READINESS_PARTS)[number];

export interface CompetencyReadinessDto {
  competencyId: string;
  code: string;
  name: Bilingual;
  target: number;
  /** The latest evidence, or null when there is none. */
  level: number | null;
  weight: string;
  mustHave: boolean;
  met: boolean;
}

export interface ResultsReadinessDto extends ResultsThreshold {
  metricName: Bilingual;
  /** The quarters read, newest first, each with its attainment (null: no target that quarter). */
  window: { period: string; attainment: string | null; met: boolean }[];
  quartersMet: number;
  met: boolean;
}

/** Readiness for one level, every part shown; scores are decimals from 0 to 1. */
export interface ReadinessDto {
  levelId: string;
  /** 0 to 100, one decimal: the mean of the four parts' scores. */
  percent: string;
  partsMet: number;
  parts: {
    competencies: { score: string; met: boolean; items: CompetencyReadinessDto[] };
    certifications: { score: string; met: boolean; required: string[]; missing: string[] };
    time: { score: string; met: boolean; months: number; required: number; since: string | null };
    results: { score: string; met: boolean; thresholds: ResultsReadinessDto[] };
  };
}

export interface CareerPositionDto {
  levelId: string;
  startsOn: string;
  endsOn: string | null;
  source: string;
}

export interface DevelopmentPlanItemDto {
  id: string;
  levelId: string;
  competencyId: string;
  competencyName: Bilingual;
  targetLevel: number;
  course: { id: string; code: string; title: Bilingual } | null;
  mentorGoalId: string | null;
  createdAt: string;
}

export interface AssessmentRatingDto {
  competencyId: string;
  competencyName: Bilingual;
  target: number;
  selfLevel: number | null;
  selfEvidence: string | null;
  managerLevel: number | null;
  managerEvidence: string | null;
  agreedLevel: number | null;
  /** Self and manager two or more levels apart: talk it through. */
  flagged: boolean;
}

export const ASSESSMENT_STATUSES = ['open', 'self_done', 'manager_done', 'both_done', 'agreed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface AssessmentDto {
  id: string;
  cycleId: string;
  cycleName: string;
  dueOn: string;
  employeeId: string;
  fullName: string;
  status: AssessmentStatus;
  /** The manager's ratings stay hidden from the employee until both have rated (and vice versa). */
  ratings: AssessmentRatingDto[];
  agreedAt: string | null;
}

export interface AssessmentRatingRequest {
  competencyId: string;
  level: number;
  evidence: string;
}

export interface AssessmentRatingsRequest {
  ratings: AssessmentRatingRequest[];
}

export interface AgreeAssessmentRequest {
  ratings: { competencyId: string; level: number }[];
}

export interface AssessmentCycleDto {
  id: string;
  name: string;
  opensOn: string;
  dueOn: string;
  assessments: number;
  agreed: number;
}

export interface CreateAssessmentCycleRequest {
  name: string;
  dueOn: string;
}

/** HR's calibration: agreed levels per unit, how many at each level 1 to 5. */
export interface CalibrationRowDto {
  orgUnitId: string;
  orgUnitName: string;
  assessed: number;
  agreed: number;
  flagged: number;
  /** Counts of agreed ratings at levels 1..5. */
  distribution: [number, number, number, number, number];
  meanAgreed: string | null;
}

export const PROMOTION_STATUSES = [
  'awaiting_hr',
  'awaiting_approval',
  'approved',
  'effective',
  'rejected',
] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];
export const OPEN_PROMOTION_STATUSES: readonly PromotionStatus[] = [
  'awaiting_hr',
  'awaiting_approval',
  'approved',
];

export interface PromotionDto {
  id: string;
  employeeId: string;
  fullName: string;
  fromLevel: { id: string; name: Bilingual };
  toLevel: { id: string; name: Bilingual };
  status: PromotionStatus;
  readiness: ReadinessDto;
  justification: string | null;
  nominatedBy: string;
  nominatedAt: string;
  hrNote: string | null;
  hrReviewedBy: string | null;
  approverName: string | null;
  approvedBy: string | null;
  effectiveOn: string | null;
  appliedAt: string | null;
  rejectionReason: string | null;
  rejectedBy: string | null;
  /** What the caller may do with it now. */
  actions: PromotionAction[];
}

export const PROMOTION_ACTIONS = ['review', 'approve', 'reject'] as const;
export type PromotionAction = (typeof PROMOTION_ACTIONS)[number];

export interface NominateRequest {
  employeeId: string;
  toLevelId: string;
  justification?: string | null;
}

export interface ReviewPromotionRequest {
  note?: string | null;
}

export interface ApprovePromotionRequest {
  effectiveOn: string;
}

export interface RejectPromotionRequest {
  reason: string;
}

/** One person's career: where they are, the tracks, readiness for a level, plan, assessment. */
export interface CareerDto {
  employeeId: string;
  fullName: string;
  tracks: CareerTrackDto[];
  position: CareerPositionDto | null;
  history: CareerPositionDto[];
  /** The levels one may go to next: the next rank of the track and the defined moves. */
  nextLevelIds: string[];
  /** Readiness for the level asked for (the first next level by default). */
  readiness: ReadinessDto | null;
  plan: DevelopmentPlanItemDto[];
  assessment: AssessmentDto | null;
  promotions: PromotionDto[];
}

/** A person on a manager's or HR's talent view. */
export interface TalentRowDto {
  employeeId: string;
  fullName: string;
  orgUnitName: string;
  levelId: string | null;
  nextLevelId: string | null;
  readinessPercent: string | null;
  partsMet: number;
  /** Nine-box axes: 1 low, 2 medium, 3 high; null without evidence. */
  competencyBox: number | null;
  resultsBox: number | null;
  openPromotionId: string | null;
  /** Their assessment in the newest cycle. */
  assessmentId: string | null;
  assessmentStatus: AssessmentStatus | null;
}

export interface DevelopmentPlanRequest {
  levelId?: string;
}
