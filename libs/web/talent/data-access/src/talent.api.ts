import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CompetencyDto,
  CreateCompetencyRequest,
  CreateRoleProfileRequest,
  RoleProfileDto,
  RoleProfileVersionDto,
  RoleProfileVersionRequest,
  UpdateCompetencyRequest,
} from '@cadre/shared/contracts';

/** Typed calls to the talent API: the competency library and role profiles. */
@Injectable({ providedIn: 'root' })
export class TalentApi {
  private readonly http = inject(HttpClient);

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
