import { CertificationsLookup } from './certifications/certifications-lookup.service';
import { CoursesLookup } from './courses/courses-lookup.service';
import { Module } from '@nestjs/common';
import { IdentityModule } from '@cadre/api/identity';
import { TalentModule } from '@cadre/api/talent';
import { LearningAuditSubjects } from './audit/learning-audit-subjects';
import { CoursesRepository } from './courses/courses.repository';
import { CoursesService } from './courses/courses.service';
import { CourseCompletion } from './enrolments/course-completion';
import { CurriculaRepository } from './curricula/curricula.repository';
import { CurriculaService } from './curricula/curricula.service';
import { EnrolmentsRepository } from './enrolments/enrolments.repository';
import { EnrolmentsService } from './enrolments/enrolments.service';
import { TeamLearningRepository } from './enrolments/team-learning.repository';
import { UnitCourseCounts } from './enrolments/unit-course-counts';
import { LearningFilesRepository } from './files/learning-files.repository';
import { LearningFilesService } from './files/learning-files.service';
import { LearningController } from './learning.controller';
import { LibraryController } from './library/library.controller';
import { LibraryRepository } from './library/library.repository';
import { LibraryService } from './library/library.service';
import { QuizAttemptsRepository } from './quizzes/quiz-attempts.repository';
import { QuizzesService } from './quizzes/quizzes.service';
import { LearningReminders } from './reminders/learning-reminders';
import { RemindersRepository } from './reminders/reminders.repository';

/** Courses in versions, enrolments, server-graded quizzes, evidence and certifications. */
@Module({
  imports: [IdentityModule, TalentModule],
  controllers: [LearningController, LibraryController],
  providers: [
    CertificationsLookup,
    CoursesLookup,
    LearningAuditSubjects,
    CoursesRepository,
    CoursesService,
    EnrolmentsRepository,
    EnrolmentsService,
    TeamLearningRepository,
    UnitCourseCounts,
    CourseCompletion,
    QuizAttemptsRepository,
    QuizzesService,
    CurriculaRepository,
    CurriculaService,
    LearningReminders,
    RemindersRepository,
    LearningFilesRepository,
    LearningFilesService,
    LibraryRepository,
    LibraryService,
  ],
  // Hiring enrols new employees in their path; nothing else of learning is another context's business.
  exports: [CurriculaService, CertificationsLookup, CoursesLookup],
})
export class LearningModule {}
