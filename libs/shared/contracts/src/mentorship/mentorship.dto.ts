import type { Bilingual } from '../talent/talent.dto';

/**
 * A pairing's life: proposed (a mentor from another unit has yet to accept) → active →
 * completed; paused (with a reason) and back; cancelled (or declined) from any open state.
 */
export const PAIRING_STATUSES = ['proposed', 'active', 'paused', 'completed', 'cancelled'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

/** States in which a pairing takes a mentor's capacity and a mentee's one mentor. */
export const OPEN_PAIRING_STATUSES: readonly PairingStatus[] = ['proposed', 'active', 'paused'];

/** What may happen to a pairing, from which states, by whom; the client offers exactly these. */
export const PAIRING_ACTIONS = {
  accept: { from: ['proposed'], to: 'active', by: ['mentor'], reason: false },
  decline: { from: ['proposed', 'active'], to: 'cancelled', by: ['mentor', 'mentee'], reason: true },
  pause: { from: ['active'], to: 'paused', by: ['mentor', 'mentee', 'manager', 'hr'], reason: true },
  resume: { from: ['paused'], to: 'active', by: ['mentor', 'mentee', 'manager', 'hr'], reason: false },
  complete: { from: ['active', 'paused'], to: 'completed', by: ['mentor', 'manager', 'hr'], reason: false },
  cancel: { from: ['proposed', 'active', 'paused'], to: 'cancelled', by: ['manager', 'hr'], reason: true },
} as const satisfies Record<
  string,
  { from: readonly PairingStatus[]; to: PairingStatus; by: readonly PairingPart[]; reason: boolean }
>;
export type PairingAction = keyof typeof PAIRING_ACTIONS;
export const PAIRING_ACTION_NAMES = Object.keys(PAIRING_ACTIONS) as PairingAction[];

/** What the caller is to a pairing. */
export type PairingPart = 'mentor' | 'mentee' | 'manager' | 'hr';

export function pairingActionsFor(status: PairingStatus, part: PairingPart): PairingAction[] {
  return PAIRING_ACTION_NAMES.filter((action) => {
    const rule = PAIRING_ACTIONS[action];
    return (
      (rule.from as readonly PairingStatus[]).includes(status) &&
      (rule.by as readonly PairingPart[]).includes(part)
    );
  });
}

/** The languages a mentor can mentor in (the product's two). */
export const MENTORING_LANGUAGES = ['en', 'zh'] as const;
export type MentoringLanguage = (typeof MENTORING_LANGUAGES)[number];

/** Default cadence: weekly for the first month, then every two weeks (editable per pairing). */
export const DEFAULT_FIRST_MONTH_CADENCE_DAYS = 7;
export const DEFAULT_CADENCE_DAYS = 14;
/** A pair without a check-in for this long shows in programme health. */
export const QUIET_PAIR_DAYS = 30;

export interface MentorStrengthDto {
  competencyId: string;
  competencyCode: string;
  competencyName: Bilingual;
  level: number;
  /** The highest level their evidence shows, or null when none; a different level carries a reason. */
  evidenceLevel: number | null;
  reason: string | null;
}

export interface MentorProfileDto {
  employeeId: string;
  fullName: string;
  jobTitle: string;
  orgUnitName: string;
  capacity: number;
  /** Open pairings (proposed, active, paused) taking capacity. */
  load: number;
  languages: MentoringLanguage[];
  availability: string;
  active: boolean;
  nominatedBy: 'self' | 'hr';
  strengths: MentorStrengthDto[];
}

export interface MentorStrengthRequest {
  competencyId: string;
  level: number;
  /** Required when the level differs from what the mentor's evidence shows. */
  reason?: string | null;
}

export interface MentorProfileRequest {
  capacity: number;
  languages: MentoringLanguage[];
  availability: string;
  active: boolean;
  strengths: MentorStrengthRequest[];
}

/** One part of a match score: its points out of its maximum, and the facts behind it. */
export interface MatchPartDto {
  part: MatchPart;
  points: number;
  max: number;
  /** Named facts the client puts into words, e.g. `{ covered: 2, needs: 3 }`. */
  detail: Record<string, string | number | boolean>;
}

export const MATCH_PARTS = ['coverage', 'closeness', 'language', 'seniority', 'capacity'] as const;
export type MatchPart = (typeof MATCH_PARTS)[number];

export interface MentorSuggestionDto {
  mentor: { employeeId: string; fullName: string; jobTitle: string; orgUnitName: string };
  score: number;
  parts: MatchPartDto[];
  remaining: number;
  /** The mentor sits in another unit than the mentee: they must accept. */
  crossUnit: boolean;
}

export interface CohortProposalRequest {
  menteeIds: string[];
}

export interface CohortPairDto {
  menteeId: string;
  menteeName: string;
  /** Null when no mentor with room may take them. */
  mentorId: string | null;
  mentorName: string | null;
  score: number;
  parts: MatchPartDto[];
}

export interface CohortProposalDto {
  pairs: CohortPairDto[];
  /** Mentees left out and why (already mentored). */
  skipped: { menteeId: string; menteeName: string; reason: 'has_mentor' }[];
  total: number;
  /** Every pair's score for every mentor with room, so a person can change a pair and see the cost. */
  options: { menteeId: string; mentorId: string; mentorName: string; score: number; remaining: number }[];
}

export interface CreatePairingRequest {
  menteeId: string;
  mentorId: string;
}

export interface AcceptCohortRequest {
  pairs: CreatePairingRequest[];
}

export interface PairingPersonDto {
  employeeId: string;
  fullName: string;
  jobTitle: string;
  orgUnitName: string;
}

export interface MentorshipGoalDto {
  id: string;
  title: string;
  competency: { id: string; code: string; name: Bilingual } | null;
  course: { id: string; code: string; title: Bilingual } | null;
  targetDate: string;
  progress: number;
  updatedAt: string;
}

export interface CheckInDto {
  id: string;
  heldOn: string;
  authorName: string;
  sharedNotes: string;
  /** Only ever present for the check-in's author. */
  privateNotes: string | null;
  goalProgress: { goalId: string; progress: number }[];
  nextDate: string | null;
}

export interface PairingDto {
  id: string;
  status: PairingStatus;
  mentor: PairingPersonDto;
  mentee: PairingPersonDto;
  crossUnit: boolean;
  proposedAt: string;
  startedOn: string | null;
  endedOn: string | null;
  /** Why it was paused, declined or cancelled, and by whom. */
  statusReason: string | null;
  statusChangedBy: string | null;
  firstMonthCadenceDays: number;
  cadenceDays: number;
  nextCheckInOn: string | null;
  overdue: boolean;
  lastCheckInOn: string | null;
  checkInCount: number;
  /** What the caller is to this pairing. */
  myPart: PairingPart;
}

export interface PairingDetailDto extends PairingDto {
  goals: MentorshipGoalDto[];
  checkIns: CheckInDto[];
  feedback: { from: 'mentor' | 'mentee'; rating: number; text: string; givenAt: string }[];
  /** Open development needs of the mentee, for goals. */
  needs: { competencyId: string; code: string; name: Bilingual; currentLevel: string; targetLevel: number }[];
  /** Published courses that develop one of those needs to its target: a goal may be one of them. */
  courses: { id: string; code: string; title: Bilingual; competencyId: string }[];
}

export interface GoalRequest {
  title: string;
  competencyId?: string | null;
  courseId?: string | null;
  targetDate: string;
}

export interface CheckInRequest {
  heldOn: string;
  sharedNotes: string;
  privateNotes?: string;
  goals?: { goalId: string; progress: number }[];
  /** Defaults to the cadence from the day it was held. */
  nextDate?: string | null;
}

export interface PairingActionRequest {
  action: PairingAction;
  /** Required for decline, pause and cancel. */
  reason?: string;
}

export interface CadenceRequest {
  firstMonthCadenceDays: number;
  cadenceDays: number;
}

export interface FeedbackRequest {
  rating: number;
  text: string;
}

/** What the mentor profile form starts from: the profile if there is one, and the evidence. */
export interface MentorCandidateDto {
  employeeId: string;
  profile: MentorProfileDto | null;
  evidence: MyMentoringDto['evidence'];
  /** The competencies in use, to add a strength the evidence does not show. */
  competencies: MyMentoringDto['competencies'];
}

export interface MyMentoringDto {
  asMentee: PairingDto[];
  asMentor: PairingDto[];
  profile: MentorProfileDto | null;
  /** What the caller's evidence shows, to prefill the opt-in form's strengths. */
  evidence: { competencyId: string; competencyCode: string; competencyName: Bilingual; level: number }[];
  /** The competencies in use (not archived): the strengths one may add. */
  competencies: { id: string; code: string; name: Bilingual }[];
}

/** A person's mentoring, on their page: as mentee and as mentor, newest first. */
export interface EmployeeMentoringDto {
  fullName: string;
  asMentee: PairingDto[];
  asMentor: PairingDto[];
  isMentor: boolean;
}

export interface TeamMentoringRowDto {
  employeeId: string;
  fullName: string;
  jobTitle: string;
  hireDate: string;
  openNeeds: number;
  pairing: PairingDto | null;
}

export interface ProgrammeHealthDto {
  activePairs: number;
  proposedPairs: number;
  pausedPairs: number;
  mentors: number;
  mentorsAtCapacity: number;
  overdueCheckIns: number;
  /** Goals not yet reached that have not moved for 30 days, or are past their date. */
  stalledGoals: number;
  quietPairs: number;
  mentorLoad: { employeeId: string; fullName: string; load: number; capacity: number }[];
  /** Development needs of mentees closed while their pairing was open. */
  needsClosedDuringMentoring: number;
  /** Median days from a mentee's start to their first completed onboarding course; null when none yet. */
  medianDaysToFirstOnboarding: number | null;
  crossUnitPairs: number;
  /** Average feedback (1–5, one decimal) mentees and mentors gave at the end; null before any. */
  menteeRating: number | null;
  mentorRating: number | null;
  /** Open pairs that need someone to act, most urgent first: overdue, quiet, awaiting a mentor, cross-unit. */
  attention: PairingDto[];
}
