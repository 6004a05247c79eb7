import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AuditEntryDto,
  AuditQuery,
  ChangePasswordRequest,
  CreateEmployeeRequest,
  CreateOrgUnitRequest,
  CreateUserRequest,
  EmployeeDto,
  EmployeeQuery,
  MyProfileDto,
  OrgOverviewDto,
  OrgUnitDto,
  Page,
  Role,
  TokenResponse,
  UpdateEmployeeRequest,
  UpdateMyPreferencesRequest,
  UpdateOrgUnitRequest,
  UpdateUserRequest,
  UserDto,
} from '@cadre/shared/contracts';

export interface UserQuery {
  search?: string;
  role?: Role;
  isActive?: boolean;
  limit?: number;
  offset?: number;
}

function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') result = result.set(key, String(value));
  }
  return result;
}

/** Typed calls to the identity API: users, org units, employees, my profile, audit. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  me(): Observable<MyProfileDto> {
    return this.http.get<MyProfileDto>('/api/me');
  }

  updatePreferences(body: UpdateMyPreferencesRequest): Observable<MyProfileDto> {
    return this.http.patch<MyProfileDto>('/api/me/preferences', body);
  }

  changePassword(body: ChangePasswordRequest): Observable<TokenResponse> {
    return this.http.post<TokenResponse>('/api/auth/password', body);
  }

  users(query: UserQuery): Observable<Page<UserDto>> {
    return this.http.get<Page<UserDto>>('/api/users', { params: params(query) });
  }

  createUser(body: CreateUserRequest): Observable<UserDto> {
    return this.http.post<UserDto>('/api/users', body);
  }

  updateUser(id: string, body: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(`/api/users/${id}`, body);
  }

  setUserPassword(id: string, password: string): Observable<void> {
    return this.http.post<void>(`/api/users/${id}/password`, { password });
  }

  orgUnits(): Observable<OrgUnitDto[]> {
    return this.http.get<OrgUnitDto[]>('/api/org-units');
  }

  overview(): Observable<OrgOverviewDto> {
    return this.http.get<OrgOverviewDto>('/api/org-units/overview');
  }

  createOrgUnit(body: CreateOrgUnitRequest): Observable<OrgUnitDto> {
    return this.http.post<OrgUnitDto>('/api/org-units', body);
  }

  updateOrgUnit(id: string, body: UpdateOrgUnitRequest): Observable<OrgUnitDto> {
    return this.http.patch<OrgUnitDto>(`/api/org-units/${id}`, body);
  }

  deleteOrgUnit(id: string): Observable<void> {
    return this.http.delete<void>(`/api/org-units/${id}`);
  }

  employee(id: string): Observable<EmployeeDto> {
    return this.http.get<EmployeeDto>(`/api/employees/${id}`);
  }

  employees(query: EmployeeQuery): Observable<Page<EmployeeDto>> {
    return this.http.get<Page<EmployeeDto>>('/api/employees', { params: params(query) });
  }

  createEmployee(body: CreateEmployeeRequest): Observable<EmployeeDto> {
    return this.http.post<EmployeeDto>('/api/employees', body);
  }

  updateEmployee(id: string, body: UpdateEmployeeRequest): Observable<EmployeeDto> {
    return this.http.patch<EmployeeDto>(`/api/employees/${id}`, body);
  }

  audit(query: AuditQuery): Observable<Page<AuditEntryDto>> {
    return this.http.get<Page<AuditEntryDto>>('/api/audit', { params: params(query) });
  }
}
