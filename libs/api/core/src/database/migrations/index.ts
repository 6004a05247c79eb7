import { LearningUnitCourseCounts1795977314683 } from './1795977314683-learning-unit-course-counts';
import { CareerTracksAndPromotions1795966062028 } from './1795966062028-career-tracks-and-promotions';
import { StatementRecalculations1795949985496 } from './1795949985496-statement-recalculations';
import { StatementDisputes1795946453982 } from './1795946453982-statement-disputes';
import { CommissionOperations1795944851135 } from './1795944851135-commission-operations';
import { PerformanceReviews1795935644229 } from './1795935644229-performance-reviews';
import { MetricPositions1795934774237 } from './1795934774237-metric-positions';
import { CreditedTotalsOverlays1795934413722 } from './1795934413722-credited-totals-overlays';
import { PerformanceMetricsTargetsCredits1795932571101 } from './1795932571101-performance-metrics-targets-credits';
import { MentorshipProgramme1795920912277 } from './1795920912277-mentorship-programme';
import { LearningPersonSummaries1795897752812 } from './1795897752812-learning-person-summaries';
import { LearningFilesLibraryRenewals1795893142159 } from './1795893142159-learning-files-library-renewals';
import { NotificationsAndDailyJobs1795883840319 } from './1795883840319-notifications-and-daily-jobs';
import { LearningCurricula1795882122732 } from './1795882122732-learning-curricula';
import { LearningCourses1795880856490 } from './1795880856490-learning-courses';
import { ScorecardAmendments1795838553694 } from './1795838553694-scorecard-amendments';
import { TalentAndRecruitment1795769899197 } from './1795769899197-talent-and-recruitment';
import { InitialIdentity1795763189290 } from './1795763189290-initial-identity';
/** Every migration, oldest first. Never edit one that is committed: add a new one. */
export const MIGRATIONS = [
  InitialIdentity1795763189290,
  TalentAndRecruitment1795769899197,
  ScorecardAmendments1795838553694,
  LearningCourses1795880856490,
  LearningCurricula1795882122732,
  NotificationsAndDailyJobs1795883840319,
  LearningFilesLibraryRenewals1795893142159,
  LearningPersonSummaries1795897752812,
  MentorshipProgramme1795920912277,
  PerformanceMetricsTargetsCredits1795932571101,
  CreditedTotalsOverlays1795934413722,
  MetricPositions1795934774237,
  PerformanceReviews1795935644229,
  CommissionOperations1795944851135,
  StatementDisputes1795946453982,
  StatementRecalculations1795949985496,
  CareerTracksAndPromotions1795966062028,
  LearningUnitCourseCounts1795977314683,
];
