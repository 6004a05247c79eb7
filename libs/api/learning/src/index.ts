export * from './entities';
export * from './learning.module';
export { CurriculaService, type NewHireOnboarding } from './curricula/curricula.service';
// Entity classes, for other contexts' foreign keys only (the schema), never for queries.
export { CourseEntity } from './courses/course.entity';
export { CoursesLookup, type DevelopingCourse } from './courses/courses-lookup.service';
export { CertificationsLookup, type HeldCertification } from './certifications/certifications-lookup.service';
