import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type {
  CompetencyDto,
  CreateCompetencyRequest,
  CreateRoleProfileRequest,
  DevelopmentNeedDto,
  RoleProfileDto,
  RoleProfileVersionDto,
  RoleProfileVersionRequest,
  UpdateCompetencyRequest,
} from '@cadre/shared/contracts';

/** Typed calls to the talent API: the competency library and role profiles. */
@Injectable({ providedIn: 'root' })
export class TalentApi {
  private readonly http = inject(HttpClient);

  /** The role profile the employee was hired against, or null. */
  employeeRoleProfile(employeeId: string): Observable<RoleProfileDto | null> {
    return this.http
      .get<RoleProfileDto | null>(`/api/employees/${employeeId}/role-profile`)
      .pipe(map((profile) => (profile && 'id' in profile ? profile : null)));
  }

  developmentNeeds(employeeId: string): Observable<DevelopmentNeedDto[]> {
    return this.http.get<DevelopmentNeedDto[]>(`/api/employees/${employeeId}/development-needs`);
  }

  competencies(includeArchived = false): Observable<CompetencyDto[]> {
    return this.http.get<CompetencyDto[]>('/api/competencies', {
      params: includeArchived ? { includeArchived: 'true' } : {},
    });
  }

  createCompetency(body: CreateCompetencyRequest): Observable<CompetencyDto> {
    return this.http.post<CompetencyDto>('/api/competencies', body);
  }

  updateCompetency(id: string, body: UpdateCompetencyRequest): Observable<CompetencyDto> {
    return this.http.patch<CompetencyDto>(`/api/competencies/${id}`, body);
  }

  profiles(): Observable<RoleProfileDto[]> {
    return this.http.get<RoleProfileDto[]>('/api/role-profiles');
  }

  version(id: string): Observable<RoleProfileVersionDto> {
    return this.http.get<RoleProfileVersionDto>(`/api/role-profile-versions/${id}`);
  }

  createProfile(body: CreateRoleProfileRequest): Observable<RoleProfileDto> {
    return this.http.post<RoleProfileDto>('/api/role-profiles', body);
  }

  addVersion(profileId: string, body: RoleProfileVersionRequest): Observable<RoleProfileDto> {
    return this.http.post<RoleProfileDto>(`/api/role-profiles/${profileId}/versions`, body);
  }
}
