import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  ApplicationDto,
  ApplicationStage,
  ApplicationSummaryDto,
  CandidateDto,
  ComparisonDto,
  CreateCandidateRequest,
  CreateRequisitionRequest,
  HireRequest,
  HireResultDto,
  OwedScorecardDto,
  Page,
  RequisitionDto,
  SubmitScorecardRequest,
  UpdateRequisitionRequest,
} from '@cadre/shared/contracts';

interface Ranking {
  items: ApplicationSummaryDto[];
  total: number;
  limit: number;
  offset: number;
}

/** Typed calls to the recruitment API. */
@Injectable({ providedIn: 'root' })
export class RecruitmentApi {
  private readonly http = inject(HttpClient);

  requisitions(): Observable<RequisitionDto[]> {
    return this.http.get<RequisitionDto[]>('/api/requisitions');
  }

  requisition(id: string): Observable<RequisitionDto> {
    return this.http.get<RequisitionDto>(`/api/requisitions/${id}`);
  }

  createRequisition(body: CreateRequisitionRequest): Observable<RequisitionDto> {
    return this.http.post<RequisitionDto>('/api/requisitions', body);
  }

  updateRequisition(id: string, body: UpdateRequisitionRequest): Observable<RequisitionDto> {
    return this.http.patch<RequisitionDto>(`/api/requisitions/${id}`, body);
  }

  ranking(requisitionId: string, limit = 500): Observable<Ranking> {
    return this.http.get<Ranking>(`/api/requisitions/${requisitionId}/applications`, { params: { limit } });
  }

  compare(requisitionId: string, applicationIds: string[]): Observable<ComparisonDto> {
    return this.http.get<ComparisonDto>(`/api/requisitions/${requisitionId}/compare`, {
      params: { applications: applicationIds.join(',') },
    });
  }

  searchCandidates(search: string): Observable<Page<CandidateDto>> {
    return this.http.get<Page<CandidateDto>>('/api/candidates', { params: { search, limit: 10 } });
  }

  createCandidate(body: CreateCandidateRequest): Observable<CandidateDto> {
    return this.http.post<CandidateDto>('/api/candidates', body);
  }

  /** A new person, their CV and their application to the requisition, in one all-or-nothing call. */
  addNewCandidate(
    requisitionId: string,
    candidate: CreateCandidateRequest,
    cv: File | null,
  ): Observable<ApplicationDto> {
    const form = new FormData();
    form.append('candidate', JSON.stringify(candidate));
    if (cv) form.append('file', cv, cv.name);
    return this.http.post<ApplicationDto>(`/api/requisitions/${requisitionId}/candidates`, form);
  }

  uploadCv(candidateId: string, file: File): Observable<CandidateDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<CandidateDto>(`/api/candidates/${candidateId}/cv`, form);
  }

  cv(candidateId: string): Observable<Blob> {
    return this.http.get(`/api/candidates/${candidateId}/cv`, { responseType: 'blob' });
  }

  apply(requisitionId: string, candidateId: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>('/api/applications', { requisitionId, candidateId });
  }

  application(id: string): Observable<ApplicationDto> {
    return this.http.get<ApplicationDto>(`/api/applications/${id}`);
  }

  move(id: string, stage: ApplicationStage, reason: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`/api/applications/${id}/stage`, { stage, reason });
  }

  addInterviewer(id: string, userId: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`/api/applications/${id}/interviewers`, { userId });
  }

  removeInterviewer(id: string, userId: string): Observable<ApplicationDto> {
    return this.http.delete<ApplicationDto>(`/api/applications/${id}/interviewers/${userId}`);
  }

  submitScorecard(id: string, body: SubmitScorecardRequest): Observable<ApplicationDto> {
    return this.http.put<ApplicationDto>(`/api/applications/${id}/scorecard`, body);
  }

  hire(id: string, body: HireRequest): Observable<HireResultDto> {
    return this.http.post<HireResultDto>(`/api/applications/${id}/hire`, body);
  }

  owedScorecards(): Observable<OwedScorecardDto[]> {
    return this.http.get<OwedScorecardDto[]>('/api/me/scorecards');
  }
}
