export * from './entities';
export * from './learning.module';
export { EnrolmentsService } from './enrolments/enrolments.service';
export { CurriculaService, type NewHireOnboarding } from './curricula/curricula.service';
export { LearningReminders } from './reminders/learning-reminders';
