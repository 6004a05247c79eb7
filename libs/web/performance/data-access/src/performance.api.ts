import { HttpClient, HttpEvent, HttpParams, HttpRequest } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CascadeChoicesDto,
  CascadeTargetRequest,
  CreditedTransactionDto,
  FiscalCalendarDto,
  ImportJobDto,
  MetricDto,
  MyPerformanceDto,
  ReviewActionRequest,
  ReviewCompletionDto,
  ReviewDto,
  ReviewSummaryDto,
  UpdateReviewRequest,
  PersonAttainmentDto,
  SetTargetRequest,
  TargetDto,
  TargetQuery,
  UnitAttainmentDto,
  UpdateTargetRequest,
} from '@cadre/shared/contracts';

const params = (values: Record<string, string | undefined | null>) =>
  new HttpParams({
    fromObject: Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== undefined && v !== null),
    ) as Record<string, string>,
  });

/** Typed calls to the performance API. */
@Injectable({ providedIn: 'root' })
export class PerformanceApi {
  private readonly http = inject(HttpClient);

  metrics(): Observable<MetricDto[]> {
    return this.http.get<MetricDto[]>('/api/performance/metrics');
  }

  calendar(): Observable<FiscalCalendarDto> {
    return this.http.get<FiscalCalendarDto>('/api/performance/calendar');
  }

  mine(): Observable<MyPerformanceDto> {
    return this.http.get<MyPerformanceDto>('/api/performance/me');
  }

  ofEmployee(employeeId: string): Observable<MyPerformanceDto> {
    return this.http.get<MyPerformanceDto>(`/api/performance/employees/${employeeId}`);
  }

  transactions(employeeId: string, metric: string, period: string): Observable<CreditedTransactionDto[]> {
    return this.http.get<CreditedTransactionDto[]>(`/api/performance/employees/${employeeId}/transactions`, {
      params: params({ metric, period }),
    });
  }

  people(period: string, orgUnitId?: string | null): Observable<PersonAttainmentDto[]> {
    return this.http.get<PersonAttainmentDto[]>('/api/performance/attainment/people', {
      params: params({ period, orgUnitId }),
    });
  }

  units(period: string): Observable<UnitAttainmentDto[]> {
    return this.http.get<UnitAttainmentDto[]>('/api/performance/attainment/units', {
      params: params({ period }),
    });
  }

  targets(query: TargetQuery): Observable<TargetDto[]> {
    return this.http.get<TargetDto[]>('/api/performance/targets', { params: params({ ...query }) });
  }

  setTarget(request: SetTargetRequest): Observable<TargetDto> {
    return this.http.put<TargetDto>('/api/performance/targets', request);
  }

  updateTarget(id: string, request: UpdateTargetRequest): Observable<TargetDto> {
    return this.http.patch<TargetDto>(`/api/performance/targets/${id}`, request);
  }

  cascadeChoices(id: string): Observable<CascadeChoicesDto> {
    return this.http.get<CascadeChoicesDto>(`/api/performance/targets/${id}/cascade`);
  }

  cascade(id: string, request: CascadeTargetRequest): Observable<TargetDto[]> {
    return this.http.post<TargetDto[]>(`/api/performance/targets/${id}/cascade`, request);
  }

  acknowledge(id: string): Observable<TargetDto> {
    return this.http.post<TargetDto>(`/api/performance/targets/${id}/acknowledge`, {});
  }

  imports(): Observable<ImportJobDto[]> {
    return this.http.get<ImportJobDto[]>('/api/performance/imports');
  }

  importJob(id: string): Observable<ImportJobDto> {
    return this.http.get<ImportJobDto>(`/api/performance/imports/${id}`);
  }

  /** Sends the file as the body, reporting upload progress; the answer is the import. */
  startImport(
    file: File,
    source: string,
    columns: Record<string, string> | null,
  ): Observable<HttpEvent<ImportJobDto>> {
    const request = new HttpRequest<File>('POST', '/api/performance/imports', file, {
      reportProgress: true,
      headers: undefined,
      params: params({
        source,
        fileName: file.name,
        columns: columns && Object.keys(columns).length ? JSON.stringify(columns) : undefined,
      }),
    });
    return this.http.request<ImportJobDto>(request.clone({ setHeaders: { 'content-type': 'text/csv' } }));
  }

  cancelImport(id: string): Observable<ImportJobDto> {
    return this.http.post<ImportJobDto>(`/api/performance/imports/${id}/cancel`, {});
  }

  problemReport(id: string, lang: string): Observable<Blob> {
    return this.http.get(`/api/performance/imports/${id}/problems.csv`, {
      params: params({ lang }),
      responseType: 'blob',
    });
  }

  reviews(periodId?: string): Observable<ReviewSummaryDto[]> {
    return this.http.get<ReviewSummaryDto[]>('/api/performance/reviews', { params: params({ periodId }) });
  }

  review(id: string): Observable<ReviewDto> {
    return this.http.get<ReviewDto>(`/api/performance/reviews/${id}`);
  }

  startReview(employeeId: string, periodId: string): Observable<ReviewDto> {
    return this.http.post<ReviewDto>('/api/performance/reviews', { employeeId, periodId });
  }

  updateReview(id: string, request: UpdateReviewRequest): Observable<ReviewDto> {
    return this.http.patch<ReviewDto>(`/api/performance/reviews/${id}`, request);
  }

  addReviewAction(id: string, request: ReviewActionRequest): Observable<ReviewDto> {
    return this.http.post<ReviewDto>(`/api/performance/reviews/${id}/actions`, request);
  }

  completeReviewAction(id: string, actionId: string): Observable<ReviewDto> {
    return this.http.post<ReviewDto>(`/api/performance/reviews/${id}/actions/${actionId}/done`, {});
  }

  shareReview(id: string): Observable<ReviewDto> {
    return this.http.post<ReviewDto>(`/api/performance/reviews/${id}/share`, {});
  }

  acknowledgeReview(id: string): Observable<ReviewDto> {
    return this.http.post<ReviewDto>(`/api/performance/reviews/${id}/acknowledge`, {});
  }

  reviewCompletion(periodId: string): Observable<ReviewCompletionDto[]> {
    return this.http.get<ReviewCompletionDto[]>('/api/performance/reviews/completion', {
      params: params({ periodId }),
    });
  }
}
