export * from './entities';
export * from './learning.module';
export { EnrolmentsService } from './enrolments/enrolments.service';
