import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AttemptResultDto,
  CatalogueCourseDto,
  CertificationDto,
  CourseContentRequest,
  CourseDto,
  CreateCourseRequest,
  CurriculumDto,
  CurriculumProgressDto,
  CurriculumRequest,
  EnrolRequest,
  EnrolmentSummaryDto,
  ItemProgressRequest,
  LearnerCourseDto,
  MyLearningDto,
  QuizAttemptDto,
  SubmitAttemptRequest,
  TeamLearningDto,
  CreateResourceRequest,
  LearningFileDto,
  LearningReportDto,
  LibraryResourceDetailDto,
  LibraryResourceDto,
  LibrarySearchQuery,
  ResourceOpenDto,
} from '@cadre/shared/contracts';

/** Typed calls to the learning API: a learner's courses, the catalogue, progress and quizzes. */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<MyLearningDto> {
    return this.http.get<MyLearningDto>('/api/learning/me');
  }

  ofEmployee(employeeId: string): Observable<MyLearningDto> {
    return this.http.get<MyLearningDto>(`/api/learning/employees/${employeeId}`);
  }

  /** HR: every course, the latest version in full. */
  courses(): Observable<CourseDto[]> {
    return this.http.get<CourseDto[]>('/api/learning/courses');
  }

  courseForEditing(courseId: string): Observable<CourseDto> {
    return this.http.get<CourseDto>(`/api/learning/courses/${courseId}`);
  }

  createCourse(request: CreateCourseRequest): Observable<CourseDto> {
    return this.http.post<CourseDto>('/api/learning/courses', request);
  }

  saveDraft(courseId: string, request: CourseContentRequest): Observable<CourseDto> {
    return this.http.put<CourseDto>(`/api/learning/courses/${courseId}/draft`, request);
  }

  publish(courseId: string): Observable<CourseDto> {
    return this.http.post<CourseDto>(`/api/learning/courses/${courseId}/publish`, {});
  }

  team(): Observable<TeamLearningDto> {
    return this.http.get<TeamLearningDto>('/api/learning/team');
  }

  certification(id: string): Observable<CertificationDto> {
    return this.http.get<CertificationDto>(`/api/learning/certifications/${id}`);
  }

  catalogue(): Observable<CatalogueCourseDto[]> {
    return this.http.get<CatalogueCourseDto[]>('/api/learning/catalogue');
  }

  enrol(request: EnrolRequest): Observable<EnrolmentSummaryDto> {
    return this.http.post<EnrolmentSummaryDto>('/api/learning/enrolments', request);
  }

  course(enrolmentId: string): Observable<LearnerCourseDto> {
    return this.http.get<LearnerCourseDto>(`/api/learning/enrolments/${enrolmentId}`);
  }

  recordProgress(
    enrolmentId: string,
    itemId: string,
    request: ItemProgressRequest,
  ): Observable<EnrolmentSummaryDto> {
    return this.http.put<EnrolmentSummaryDto>(
      `/api/learning/enrolments/${enrolmentId}/items/${itemId}/progress`,
      request,
    );
  }

  signOff(assignmentId: string, itemId: string): Observable<CurriculumProgressDto> {
    return this.http.post<CurriculumProgressDto>(
      `/api/learning/curriculum-assignments/${assignmentId}/tasks/${itemId}/sign-off`,
      {},
    );
  }

  startAttempt(enrolmentId: string, itemId: string): Observable<QuizAttemptDto> {
    return this.http.post<QuizAttemptDto>(
      `/api/learning/enrolments/${enrolmentId}/items/${itemId}/attempts`,
      {},
    );
  }

  submitAttempt(attemptId: string, request: SubmitAttemptRequest): Observable<AttemptResultDto> {
    return this.http.post<AttemptResultDto>(`/api/learning/attempts/${attemptId}/submit`, request);
  }

  /** A stored course PDF or library file, through the session (a plain link carries no token). */
  file(fileId: string): Observable<Blob> {
    return this.http.get(`/api/learning/files/${fileId}`, { responseType: 'blob' });
  }

  uploadFile(file: File): Observable<LearningFileDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<LearningFileDto>('/api/learning/files', form);
  }

  certificatePdf(certificationId: string): Observable<Blob> {
    return this.http.get(`/api/learning/certifications/${certificationId}/pdf`, { responseType: 'blob' });
  }

  library(query: LibrarySearchQuery): Observable<LibraryResourceDto[]> {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(query)) if (value) params[key] = value;
    return this.http.get<LibraryResourceDto[]>('/api/learning/library', { params });
  }

  resource(resourceId: string): Observable<LibraryResourceDetailDto> {
    return this.http.get<LibraryResourceDetailDto>(`/api/learning/library/${resourceId}`);
  }

  createResource(request: CreateResourceRequest): Observable<LibraryResourceDetailDto> {
    return this.http.post<LibraryResourceDetailDto>('/api/learning/library', request);
  }

  addResourceVersion(
    resourceId: string,
    request: CreateResourceRequest,
  ): Observable<LibraryResourceDetailDto> {
    return this.http.post<LibraryResourceDetailDto>(`/api/learning/library/${resourceId}/versions`, request);
  }

  /** Counts the open; answers where it leads. */
  openResource(resourceId: string): Observable<ResourceOpenDto> {
    return this.http.post<ResourceOpenDto>(`/api/learning/library/${resourceId}/open`, {});
  }

  /** Completion and overdue by org unit and by course (HR everyone, a manager their part). */
  report(): Observable<LearningReportDto> {
    return this.http.get<LearningReportDto>('/api/learning/reports');
  }

  /** HR: every role profile's learning path, steps in order. */
  curricula(): Observable<CurriculumDto[]> {
    return this.http.get<CurriculumDto[]>('/api/learning/curricula');
  }

  /** HR: creates or replaces a role profile's learning path (kept steps keep their sign-offs). */
  saveCurriculum(roleProfileId: string, request: CurriculumRequest): Observable<CurriculumDto> {
    return this.http.put<CurriculumDto>(`/api/learning/curricula/${roleProfileId}`, request);
  }

  /** A manager (their subtree) or HR puts someone on a role profile's learning path. */
  assignCurriculum(request: {
    employeeId: string;
    roleProfileId: string;
    startDate: string;
  }): Observable<CurriculumProgressDto> {
    return this.http.post<CurriculumProgressDto>('/api/learning/curriculum-assignments', request);
  }
}
