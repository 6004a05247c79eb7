import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { SimulationOutput } from '@cadre/compensation/engine';
import type {
  AssignableEmployeeDto,
  AssignableRoleProfileDto,
  AssignmentDto,
  PayEstimateInputsDto,
  PlanWhatIfDto,
  CreateAssignmentsRequest,
  CreatePlanRequest,
  DisputeDto,
  DisputeStatus,
  PlanDto,
  PlanExampleDto,
  RaiseDisputeRequest,
  ResolveDisputeRequest,
  RunDto,
  SavePlanDraftRequest,
  StatementDecisionRequest,
  StatementDto,
  StatementLineCreditsDto,
  StatementQueueDto,
  StatementRejectionRequest,
  StatementStatus,
  StatementSummaryDto,
  AssignmentProposalDto,
} from '@cadre/shared/contracts';

/** Typed calls to the compensation API: simulation, plans, assignments, runs and statements. */
@Injectable({ providedIn: 'root' })
export class CompensationApi {
  private readonly http = inject(HttpClient);

  examples(): Observable<PlanExampleDto[]> {
    return this.http.get<PlanExampleDto[]>('/api/compensation/examples');
  }

  /**
   * Runs a plan document as the user wrote it: the text goes to the server unparsed, so
   * that a document that is not JSON is reported by the same checks as everything else.
   */
  simulate(document: string): Observable<SimulationOutput> {
    return this.http.post<SimulationOutput>('/api/compensation/simulate', document, {
      headers: { 'Content-Type': 'application/json' },
    });
  }

  plans(): Observable<PlanDto[]> {
    return this.http.get<PlanDto[]>('/api/compensation/plans');
  }

  createPlan(request: CreatePlanRequest): Observable<PlanDto> {
    return this.http.post<PlanDto>('/api/compensation/plans', request);
  }

  saveDraft(planId: string, request: SavePlanDraftRequest): Observable<PlanDto> {
    return this.http.put<PlanDto>(`/api/compensation/plans/${planId}/draft`, request);
  }

  publish(planId: string): Observable<PlanDto> {
    return this.http.post<PlanDto>(`/api/compensation/plans/${planId}/publish`, {});
  }

  assignments(planId?: string): Observable<AssignmentDto[]> {
    return this.http.get<AssignmentDto[]>('/api/compensation/assignments', {
      params: planId ? { planId } : {},
    });
  }

  /** What a past period (default: the last complete one) would have paid under a plan's draft. */
  planWhatIf(planId: string, period?: string): Observable<PlanWhatIfDto> {
    return this.http.get<PlanWhatIfDto>(`/api/compensation/plans/${planId}/draft/what-if`, {
      params: period ? { period } : {},
    });
  }

  /** The caller's own plan and totals so far in the current period, for the estimator. */
  estimateInputs(): Observable<PayEstimateInputsDto> {
    return this.http.get<PayEstimateInputsDto>('/api/compensation/estimate');
  }

  myAssignments(): Observable<AssignmentDto[]> {
    return this.http.get<AssignmentDto[]>('/api/compensation/assignments/mine');
  }

  /** Active people by name or email, with the plan each holds today (the assignment form). */
  assignablePeople(search: string): Observable<AssignableEmployeeDto[]> {
    return this.http.get<AssignableEmployeeDto[]>('/api/compensation/assignments/people', {
      params: { search },
    });
  }

  /** Role profiles with how many active people are on each (the assignment form). */
  assignableRoleProfiles(): Observable<AssignableRoleProfileDto[]> {
    return this.http.get<AssignableRoleProfileDto[]>('/api/compensation/assignments/role-profiles');
  }

  assign(request: CreateAssignmentsRequest): Observable<AssignmentDto[]> {
    return this.http.post<AssignmentDto[]>('/api/compensation/assignments', request);
  }

  /** Plan assignments a promotion proposes, open first. */
  proposals(status: 'open' | 'confirmed' | 'dismissed' | null = 'open'): Observable<AssignmentProposalDto[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    return this.http.get<AssignmentProposalDto[]>('/api/compensation/assignments/proposals', { params });
  }

  confirmProposal(id: string, planId: string): Observable<AssignmentProposalDto> {
    return this.http.post<AssignmentProposalDto>(`/api/compensation/assignments/proposals/${id}/confirm`, {
      planId,
    });
  }

  dismissProposal(id: string): Observable<AssignmentProposalDto> {
    return this.http.post<AssignmentProposalDto>(`/api/compensation/assignments/proposals/${id}/dismiss`, {});
  }

  acknowledge(assignmentId: string, name: string): Observable<AssignmentDto> {
    return this.http.post<AssignmentDto>(`/api/compensation/assignments/${assignmentId}/acknowledge`, {
      name,
    });
  }

  runs(): Observable<RunDto[]> {
    return this.http.get<RunDto[]>('/api/compensation/runs');
  }

  run(id: string): Observable<RunDto> {
    return this.http.get<RunDto>(`/api/compensation/runs/${id}`);
  }

  requestRun(period: string): Observable<RunDto> {
    return this.http.post<RunDto>('/api/compensation/runs', { period });
  }

  recalculate(period: string): Observable<RunDto> {
    return this.http.post<RunDto>('/api/compensation/runs/recalculations', { period });
  }

  statements(query: { period?: string; status?: StatementStatus } = {}): Observable<StatementSummaryDto[]> {
    const params: Record<string, string> = {};
    if (query.period) params['period'] = query.period;
    if (query.status) params['status'] = query.status;
    return this.http.get<StatementSummaryDto[]>('/api/compensation/statements', { params });
  }

  /** An approval queue a page at a time (a manager's `team`, or `finance`). */
  statementQueue(query: {
    mode: 'team' | 'finance';
    period?: string;
    offset: number;
    limit: number;
  }): Observable<StatementQueueDto> {
    const params: Record<string, string | number> = {
      mode: query.mode,
      offset: query.offset,
      limit: query.limit,
    };
    if (query.period) params['period'] = query.period;
    return this.http.get<StatementQueueDto>('/api/compensation/statements/queue', { params });
  }

  /** The credited sales behind one line of a statement, 100 at a time. */
  lineCredits(id: string, component: string, offset = 0): Observable<StatementLineCreditsDto> {
    return this.http.get<StatementLineCreditsDto>(
      `/api/compensation/statements/${id}/lines/${encodeURIComponent(component)}/credits`,
      { params: { offset } },
    );
  }

  statement(id: string): Observable<StatementDto> {
    return this.http.get<StatementDto>(`/api/compensation/statements/${id}`);
  }

  managerApprove(request: StatementDecisionRequest): Observable<StatementSummaryDto[]> {
    return this.http.post<StatementSummaryDto[]>('/api/compensation/statements/manager-approval', request);
  }

  financeApprove(request: StatementDecisionRequest): Observable<StatementSummaryDto[]> {
    return this.http.post<StatementSummaryDto[]>('/api/compensation/statements/finance-approval', request);
  }

  reject(request: StatementRejectionRequest): Observable<StatementSummaryDto[]> {
    return this.http.post<StatementSummaryDto[]>('/api/compensation/statements/rejection', request);
  }

  disputes(status?: DisputeStatus): Observable<DisputeDto[]> {
    return this.http.get<DisputeDto[]>('/api/compensation/disputes', { params: status ? { status } : {} });
  }

  raiseDispute(statementId: string, request: RaiseDisputeRequest): Observable<DisputeDto> {
    return this.http.post<DisputeDto>(`/api/compensation/statements/${statementId}/disputes`, request);
  }

  resolveDispute(disputeId: string, request: ResolveDisputeRequest): Observable<DisputeDto> {
    return this.http.post<DisputeDto>(`/api/compensation/disputes/${disputeId}/resolution`, request);
  }

  /** A locked period for payroll, as CSV. */
  payroll(period: string): Observable<Blob> {
    return this.http.get('/api/compensation/payroll', { params: { period }, responseType: 'blob' });
  }

  /** A statement as a PDF in the reader's language. */
  statementPdf(id: string, lang: string): Observable<Blob> {
    return this.http.get(`/api/compensation/statements/${id}/pdf`, {
      params: { lang: lang === 'zh-CN' ? 'zh-CN' : 'en' },
      responseType: 'blob',
    });
  }
}
