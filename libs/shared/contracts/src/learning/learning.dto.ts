import type { Bilingual } from '../talent/talent.dto';
import type { LibraryResourceDto } from './library.dto';

/**
 * Learning (培训): courses in versions, enrolments, quizzes graded on the server, and the
 * competency evidence and certifications that completing a course earns.
 */
export const COURSE_CATEGORIES = ['onboarding', 'in-role', 'management'] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

export const COURSE_ITEM_KINDS = ['lesson', 'video', 'link', 'pdf', 'quiz'] as const;
export type CourseItemKind = (typeof COURSE_ITEM_KINDS)[number];

export const QUESTION_KINDS = ['single', 'multiple', 'true-false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const COURSE_VERSION_STATUSES = ['draft', 'published', 'superseded'] as const;
export type CourseVersionStatus = (typeof COURSE_VERSION_STATUSES)[number];

/** `expired`: completed, and the certification it earned has expired. */
export const ENROLMENT_STATUSES = ['not-started', 'in-progress', 'completed', 'overdue', 'expired'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** `renewal`: enrolled by the daily job before a certification expires. */
export const ENROLMENT_ORIGINS = ['self', 'assigned', 'hire', 'renewal'] as const;
export type EnrolmentOrigin = (typeof ENROLMENT_ORIGINS)[number];

/** Limits a course document is validated against (the server refuses past them). */
export const COURSE_LIMITS = {
  modules: 30,
  itemsPerModule: 40,
  questionsPerQuiz: 200,
  optionsPerQuestion: 8,
  lessonChars: 50_000,
} as const;

export interface QuizOption {
  id: string;
  text: Bilingual;
  /** Only in the author's view and in a submitted attempt's review. */
  correct?: boolean;
}

export interface QuizQuestion {
  id: string;
  kind: QuestionKind;
  prompt: Bilingual;
  options: QuizOption[];
  /** Shown beside the question after an attempt is submitted. */
  feedback: Bilingual;
}

export interface QuizSettings {
  /** Questions drawn from the bank for each attempt. */
  drawCount: number;
  /** 1 to 100. */
  passMarkPercent: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
}

export interface CourseItem {
  id: string;
  kind: CourseItemKind;
  title: Bilingual;
  /** Markdown, for a lesson. */
  body: Bilingual | null;
  /** For a video or a link. */
  url: string | null;
  /** For a PDF: the stored file (uploaded first with `POST /learning/files`). */
  fileId?: string | null;
  estimatedMinutes: number;
  quiz: (QuizSettings & { questions: QuizQuestion[] }) | null;
}

/** A document stored by the learning context (a course PDF, a library file). */
export interface LearningFileDto {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface CourseModule {
  id: string;
  title: Bilingual;
  items: CourseItem[];
}

export interface CourseCompetency {
  competencyId: string;
  /** The level (1-5) completing the course brings the competency to. */
  level: number;
}

export interface CourseContentRequest {
  title: Bilingual;
  summary: Bilingual;
  estimatedMinutes: number;
  competencies: CourseCompetency[];
  certifying: boolean;
  /** Months a certification stays valid; null when it does not expire. */
  validityMonths: number | null;
  /** Ids are optional on input: new modules, items, questions and options get one. */
  modules: CourseModule[];
}

export interface CreateCourseRequest extends CourseContentRequest {
  /** Also the certification's code, as plan gates (`requires`) name it. */
  code: string;
  category: CourseCategory;
}

export interface CourseCompetencyDto extends CourseCompetency {
  competencyCode: string;
  competencyName: Bilingual;
}

export interface CourseVersionSummary {
  id: string;
  version: number;
  status: CourseVersionStatus;
  publishedAt: string | null;
}

/** The author's view: every version's summary and the latest version in full, answer key included. */
export interface CourseDto {
  id: string;
  code: string;
  category: CourseCategory;
  latest: CourseVersionDto;
  versions: CourseVersionSummary[];
  /** The stored files the latest version's PDF items name, for the editor to show. */
  files: LearningFileDto[];
}

export interface CourseVersionDto extends Omit<CourseContentRequest, 'competencies'> {
  id: string;
  courseId: string;
  version: number;
  status: CourseVersionStatus;
  competencies: CourseCompetencyDto[];
}

/** A course in the catalogue. */
export interface CatalogueCourseDto {
  courseId: string;
  versionId: string;
  code: string;
  category: CourseCategory;
  title: Bilingual;
  summary: Bilingual;
  estimatedMinutes: number;
  certifying: boolean;
  competencies: CourseCompetencyDto[];
  /** The caller's open or finished enrolment in it, if any. */
  enrolmentId: string | null;
}

export interface EnrolmentSummaryDto {
  id: string;
  employeeId: string;
  courseId: string;
  courseCode: string;
  title: Bilingual;
  category: CourseCategory;
  origin: EnrolmentOrigin;
  status: EnrolmentStatus;
  /** Whole percent of items done. */
  progressPercent: number;
  itemsDone: number;
  itemsTotal: number;
  dueDate: string | null;
  enrolledAt: string;
  completedAt: string | null;
  /** Where to carry on: the first item not done. */
  nextItemId: string | null;
  nextItemTitle: Bilingual | null;
}

export interface CertificationDto {
  id: string;
  code: string;
  title: Bilingual;
  employeeId: string;
  employeeName: string;
  issuedAt: string;
  expiresAt: string | null;
  expired: boolean;
  /** The open enrolment that renews it (made before it expires), if any. */
  renewalEnrolmentId: string | null;
}

export interface MyLearningDto {
  enrolments: EnrolmentSummaryDto[];
  certifications: CertificationDto[];
  curricula: CurriculumProgressDto[];
  recommendations: RecommendationDto[];
  /** Library resources for the learner's product lines and segments, new or updated in the last 30 days. */
  newResources: LibraryResourceDto[];
}

/** A quiz as a learner sees it before an attempt: never the questions or the key. */
export interface LearnerQuizDto extends QuizSettings {
  questionCount: number;
  attemptsUsed: number;
  bestScorePercent: string | null;
  passed: boolean;
  /** An attempt started and not yet submitted, to resume. */
  openAttemptId: string | null;
}

export interface LearnerItemDto {
  id: string;
  kind: CourseItemKind;
  title: Bilingual;
  body: Bilingual | null;
  url: string | null;
  /** A PDF item's file, downloaded from `/api/learning/files/:id`. */
  file: LearningFileDto | null;
  estimatedMinutes: number;
  done: boolean;
  quiz: LearnerQuizDto | null;
}

export interface LearnerCourseDto {
  enrolment: EnrolmentSummaryDto;
  summary: Bilingual;
  certifying: boolean;
  modules: { id: string; title: Bilingual; items: LearnerItemDto[] }[];
}

export interface AttemptQuestionDto {
  id: string;
  kind: QuestionKind;
  prompt: Bilingual;
  /** In this attempt's shuffled order, without the key. */
  options: { id: string; text: Bilingual }[];
}

export interface QuizAttemptDto {
  id: string;
  itemId: string;
  number: number;
  startedAt: string;
  /** When the time limit ends; a submit after it is refused. */
  deadline: string | null;
  questions: AttemptQuestionDto[];
}

export interface SubmitAttemptRequest {
  /** The chosen option ids per question of the attempt; a question left out (or with none) scores nothing. */
  answers: { questionId: string; optionIds: string[] }[];
}

export interface QuestionResultDto {
  questionId: string;
  correct: boolean;
  chosenOptionIds: string[];
  /** Empty while another attempt is left: the key would make it a formality. */
  correctOptionIds: string[];
  feedback: Bilingual;
}

export interface AttemptResultDto {
  attemptId: string;
  /** Two decimals, e.g. "87.50". */
  scorePercent: string;
  passed: boolean;
  passMarkPercent: number;
  attemptsLeft: number;
  questions: QuestionResultDto[];
  /** True when this attempt completed the course. */
  courseCompleted: boolean;
}

export interface EnrolRequest {
  courseId: string;
  /** Someone else (assigning): a manager for their subtree, HR for anyone. Omitted: oneself. */
  employeeId?: string;
  dueDate?: string;
}

export interface ItemProgressRequest {
  /** Seconds spent on the item so far (a total, so a repeated write changes nothing). */
  secondsSpent?: number;
  done: boolean;
}

/** A `mentor` step ("meet your mentor") completes at the mentee's first mentoring check-in. */
export const CURRICULUM_ITEM_KINDS = ['course', 'task', 'resource', 'mentor'] as const;
/** The title a "meet your mentor" step starts with. */
export const MENTOR_STEP_TITLE = { en: 'Meet your mentor', zh: '认识你的导师' } as const;
export type CurriculumItemKind = (typeof CURRICULUM_ITEM_KINDS)[number];

export interface CurriculumItemRequest {
  /** A step kept from the saved curriculum keeps its id (and its sign-offs); omitted for a new step. */
  id?: string;
  kind: CurriculumItemKind;
  /** For a course step. */
  courseId: string | null;
  /** For a resource step: a library resource to read (done when the learner opens it). */
  resourceId?: string | null;
  /** For a task step, e.g. "Shadow three client visits". */
  taskTitle: Bilingual | null;
  dueOffsetDays: number;
  required: boolean;
}

export interface CurriculumRequest {
  title: Bilingual;
  sequential: boolean;
  /** In order. */
  items: CurriculumItemRequest[];
}

export interface CurriculumDto extends Omit<CurriculumRequest, 'items'> {
  id: string;
  roleProfileId: string;
  items: (CurriculumItemRequest & {
    id: string;
    courseCode: string | null;
    courseTitle: Bilingual | null;
    resourceTitle: Bilingual | null;
  })[];
}

export const CURRICULUM_STEP_STATUSES = ['done', 'open', 'overdue', 'locked', 'awaiting-sign-off'] as const;
export type CurriculumStepStatus = (typeof CURRICULUM_STEP_STATUSES)[number];

export interface CurriculumStepDto {
  itemId: string;
  kind: CurriculumItemKind;
  title: Bilingual;
  dueDate: string;
  required: boolean;
  status: CurriculumStepStatus;
  /** A course step's enrolment. */
  enrolmentId: string | null;
  /** A resource step's library resource. */
  resourceId: string | null;
  signedOffAt: string | null;
  signedOffBy: string | null;
}

export interface CurriculumProgressDto {
  assignmentId: string;
  employeeId: string;
  title: Bilingual;
  startDate: string;
  sequential: boolean;
  stepsDone: number;
  stepsTotal: number;
  steps: CurriculumStepDto[];
}

/** Published courses that develop an open development need's competency to its target level. */
export interface RecommendationDto {
  competencyCode: string;
  competencyName: Bilingual;
  targetLevel: number;
  courses: { courseId: string; code: string; title: Bilingual; level: number; enrolmentId: string | null }[];
}

export const TEAM_LEARNING_PEOPLE = 200;

/** A manager's (or HR's) view of their people's learning: who is behind, and each course's take-up. */
export interface TeamLearningDto {
  /** Everyone enrolled in something; \`people\` lists the first TEAM_LEARNING_PEOPLE of them, furthest behind first. */
  peopleTotal: number;
  people: {
    employeeId: string;
    fullName: string;
    enrolments: number;
    completed: number;
    overdue: number;
    /** The earliest due date of an unfinished course. */
    nextDue: string | null;
  }[];
  courses: {
    courseId: string;
    code: string;
    title: Bilingual;
    enrolled: number;
    completed: number;
    overdue: number;
  }[];
}

/** Completion and overdue for one org unit, its whole subtree counted. */
export interface UnitLearningRow {
  unitId: string;
  name: string;
  kind: string;
  parentId: string | null;
  /** 0 for the top unit shown, for indenting the tree. */
  depth: number;
  enrolled: number;
  completed: number;
  overdue: number;
}

/** HR's report (a manager's, for their subtree): by org unit and by course, as of a date. */
export interface LearningReportDto {
  asOf: string;
  units: UnitLearningRow[];
  courses: TeamLearningDto['courses'];
}
