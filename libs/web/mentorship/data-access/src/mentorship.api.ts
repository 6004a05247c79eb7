import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CadenceRequest,
  CheckInRequest,
  CohortProposalDto,
  CreatePairingRequest,
  EmployeeMentoringDto,
  FeedbackRequest,
  GoalRequest,
  MentorCandidateDto,
  MentorProfileDto,
  MentorProfileRequest,
  MentorSuggestionDto,
  MyMentoringDto,
  PairingActionRequest,
  PairingDetailDto,
  ProgrammeHealthDto,
  TeamMentoringRowDto,
} from '@cadre/shared/contracts';

/** Typed calls to the mentorship API. */
@Injectable({ providedIn: 'root' })
export class MentorshipApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<MyMentoringDto> {
    return this.http.get<MyMentoringDto>('/api/mentorship/me');
  }

  ofEmployee(employeeId: string): Observable<EmployeeMentoringDto> {
    return this.http.get<EmployeeMentoringDto>(`/api/mentorship/employees/${employeeId}`);
  }

  pool(): Observable<MentorProfileDto[]> {
    return this.http.get<MentorProfileDto[]>('/api/mentorship/mentors');
  }

  /** Someone's profile (or null) and their evidence: what the profile form starts from. */
  candidate(employeeId: string): Observable<MentorCandidateDto> {
    return this.http.get<MentorCandidateDto>(`/api/mentorship/mentors/${employeeId}`);
  }

  saveMentor(employeeId: string, request: MentorProfileRequest): Observable<MentorProfileDto> {
    return this.http.put<MentorProfileDto>(`/api/mentorship/mentors/${employeeId}`, request);
  }

  suggestions(menteeId: string): Observable<MentorSuggestionDto[]> {
    return this.http.get<MentorSuggestionDto[]>(`/api/mentorship/suggestions/${menteeId}`);
  }

  proposeCohort(menteeIds: string[]): Observable<CohortProposalDto> {
    return this.http.post<CohortProposalDto>('/api/mentorship/cohort-proposals', { menteeIds });
  }

  acceptCohort(pairs: CreatePairingRequest[]): Observable<{ pairingIds: string[] }> {
    return this.http.post<{ pairingIds: string[] }>('/api/mentorship/cohorts', { pairs });
  }

  team(hiredWithinDays?: number): Observable<TeamMentoringRowDto[]> {
    const params = hiredWithinDays ? new HttpParams().set('hiredWithinDays', hiredWithinDays) : undefined;
    return this.http.get<TeamMentoringRowDto[]>('/api/mentorship/team', { params });
  }

  health(): Observable<ProgrammeHealthDto> {
    return this.http.get<ProgrammeHealthDto>('/api/mentorship/health');
  }

  pair(request: CreatePairingRequest): Observable<PairingDetailDto> {
    return this.http.post<PairingDetailDto>('/api/mentorship/pairings', request);
  }

  pairing(id: string): Observable<PairingDetailDto> {
    return this.http.get<PairingDetailDto>(`/api/mentorship/pairings/${id}`);
  }

  act(id: string, request: PairingActionRequest): Observable<PairingDetailDto> {
    return this.http.post<PairingDetailDto>(`/api/mentorship/pairings/${id}/actions`, request);
  }

  setCadence(id: string, request: CadenceRequest): Observable<PairingDetailDto> {
    return this.http.put<PairingDetailDto>(`/api/mentorship/pairings/${id}/cadence`, request);
  }

  addGoal(id: string, request: GoalRequest): Observable<PairingDetailDto> {
    return this.http.post<PairingDetailDto>(`/api/mentorship/pairings/${id}/goals`, request);
  }

  checkIn(id: string, request: CheckInRequest): Observable<PairingDetailDto> {
    return this.http.post<PairingDetailDto>(`/api/mentorship/pairings/${id}/check-ins`, request);
  }

  feedback(id: string, request: FeedbackRequest): Observable<PairingDetailDto> {
    return this.http.post<PairingDetailDto>(`/api/mentorship/pairings/${id}/feedback`, request);
  }
}
