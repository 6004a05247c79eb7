import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AddCareerLevelRequest,
  AgreeAssessmentRequest,
  AssessmentCycleDto,
  AssessmentDto,
  AssessmentRatingsRequest,
  CalibrationRowDto,
  CareerDto,
  CareerTrackDto,
  CreateAssessmentCycleRequest,
  DevelopmentPlanItemDto,
  NominateRequest,
  PlaceOnLevelRequest,
  PromotionDto,
  TalentRowDto,
  UpdateCareerLevelRequest,
} from '@cadre/shared/contracts';

/** Typed calls to the careers API. */
@Injectable({ providedIn: 'root' })
export class CareersApi {
  private readonly http = inject(HttpClient);

  tracks(): Observable<CareerTrackDto[]> {
    return this.http.get<CareerTrackDto[]>('/api/careers/tracks');
  }

  updateLevel(levelId: string, request: UpdateCareerLevelRequest): Observable<CareerTrackDto[]> {
    return this.http.put<CareerTrackDto[]>(`/api/careers/levels/${levelId}`, request);
  }

  addLevel(trackId: string, request: AddCareerLevelRequest): Observable<CareerTrackDto[]> {
    return this.http.post<CareerTrackDto[]>(`/api/careers/tracks/${trackId}/levels`, request);
  }

  /** HR places someone on a level from a date, or credits earlier experience at their level. */
  place(employeeId: string, request: PlaceOnLevelRequest): Observable<CareerDto> {
    return this.http.put<CareerDto>(`/api/careers/people/${employeeId}/position`, request);
  }

  /** One's own career (null id) or someone else's; readiness for the level given, else the next. */
  career(employeeId: string | null, levelId: string | null): Observable<CareerDto> {
    const params = levelId ? new HttpParams().set('levelId', levelId) : undefined;
    return this.http.get<CareerDto>(employeeId ? `/api/careers/people/${employeeId}` : '/api/careers/me', {
      params,
    });
  }

  createPlan(employeeId: string, levelId: string | null): Observable<DevelopmentPlanItemDto[]> {
    return this.http.post<DevelopmentPlanItemDto[]>(
      `/api/careers/people/${employeeId}/development-plan`,
      levelId ? { levelId } : {},
    );
  }

  /** The manager's subtree, or (HR) one unit and those below. */
  team(orgUnitId: string | null, asHr = false): Observable<TalentRowDto[]> {
    const params = orgUnitId ? new HttpParams().set('orgUnitId', orgUnitId) : undefined;
    return this.http.get<TalentRowDto[]>(asHr ? '/api/careers/talent' : '/api/careers/team', { params });
  }

  assessment(id: string): Observable<AssessmentDto> {
    return this.http.get<AssessmentDto>(`/api/careers/assessments/${id}`);
  }

  rateSelf(id: string, request: AssessmentRatingsRequest): Observable<AssessmentDto> {
    return this.http.put<AssessmentDto>(`/api/careers/assessments/${id}/self`, request);
  }

  rateAsManager(id: string, request: AssessmentRatingsRequest): Observable<AssessmentDto> {
    return this.http.put<AssessmentDto>(`/api/careers/assessments/${id}/manager`, request);
  }

  agree(id: string, request: AgreeAssessmentRequest): Observable<AssessmentDto> {
    return this.http.post<AssessmentDto>(`/api/careers/assessments/${id}/agree`, request);
  }

  cycles(): Observable<AssessmentCycleDto[]> {
    return this.http.get<AssessmentCycleDto[]>('/api/careers/assessment-cycles');
  }

  openCycle(request: CreateAssessmentCycleRequest): Observable<AssessmentCycleDto> {
    return this.http.post<AssessmentCycleDto>('/api/careers/assessment-cycles', request);
  }

  calibration(cycleId: string): Observable<CalibrationRowDto[]> {
    return this.http.get<CalibrationRowDto[]>('/api/careers/calibration', {
      params: new HttpParams().set('cycleId', cycleId),
    });
  }

  promotions(): Observable<PromotionDto[]> {
    return this.http.get<PromotionDto[]>('/api/careers/promotions');
  }

  nominate(request: NominateRequest): Observable<PromotionDto> {
    return this.http.post<PromotionDto>('/api/careers/promotions', request);
  }

  review(id: string, note: string | null): Observable<PromotionDto> {
    return this.http.post<PromotionDto>(`/api/careers/promotions/${id}/review`, { note });
  }

  approve(id: string, effectiveOn: string): Observable<PromotionDto> {
    return this.http.post<PromotionDto>(`/api/careers/promotions/${id}/approve`, { effectiveOn });
  }

  reject(id: string, reason: string): Observable<PromotionDto> {
    return this.http.post<PromotionDto>(`/api/careers/promotions/${id}/reject`, { reason });
  }
}
