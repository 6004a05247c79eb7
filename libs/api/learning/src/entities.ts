import { CertificationEntity } from './certifications/certification.entity';
import { CourseVersionCompetencyEntity } from './courses/course-version-competency.entity';
import { CourseVersionEntity } from './courses/course-version.entity';
import { CourseEntity } from './courses/course.entity';
import { CurriculumAssignmentEntity, TaskSignOffEntity } from './curricula/curriculum-assignment.entity';
import { CurriculumItemEntity } from './curricula/curriculum-item.entity';
import { CurriculumEntity } from './curricula/curriculum.entity';
import { EnrolmentEntity } from './enrolments/enrolment.entity';
import { ItemProgressEntity } from './enrolments/item-progress.entity';
import { PersonSummaryEntity } from './enrolments/person-summary.entity';
import { UnitCourseCountEntity } from './enrolments/unit-course-count.entity';
import { LearningFileEntity } from './files/learning-file.entity';
import {
  LibraryResourceCompetencyEntity,
  LibraryResourceEntity,
  LibraryResourceUnitEntity,
  LibraryResourceVersionEntity,
  LibraryResourceViewEntity,
} from './library/library-resource.entity';
import { QuizAttemptEntity } from './quizzes/quiz-attempt.entity';

export const LEARNING_ENTITIES = [
  CourseEntity,
  CourseVersionEntity,
  CourseVersionCompetencyEntity,
  EnrolmentEntity,
  ItemProgressEntity,
  QuizAttemptEntity,
  CertificationEntity,
  CurriculumEntity,
  CurriculumItemEntity,
  CurriculumAssignmentEntity,
  TaskSignOffEntity,
  LearningFileEntity,
  LibraryResourceEntity,
  LibraryResourceVersionEntity,
  LibraryResourceUnitEntity,
  LibraryResourceCompetencyEntity,
  LibraryResourceViewEntity,
  PersonSummaryEntity,
  UnitCourseCountEntity,
];
