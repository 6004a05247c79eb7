import type { PageQuery } from '../common/page';

export const EMPLOYEE_STATUSES = ['active', 'on_leave', 'left'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export interface EmployeeDto {
  id: string;
  fullName: string;
  email: string;
  jobTitle: string;
  /** ISO date, yyyy-mm-dd. */
  hireDate: string;
  status: EmployeeStatus;
  orgUnitId: string;
  orgUnitName: string;
  managerId: string | null;
  managerName: string | null;
  userId: string | null;
}

export interface CreateEmployeeRequest {
  fullName: string;
  email: string;
  jobTitle: string;
  hireDate: string;
  orgUnitId: string;
  managerId?: string | null;
  status?: EmployeeStatus;
}

export type UpdateEmployeeRequest = Partial<CreateEmployeeRequest>;

export interface EmployeeQuery extends PageQuery {
  search?: string;
  orgUnitId?: string;
  status?: EmployeeStatus;
}

/** What a person sees on their own profile page. */
export interface MyProfileDto {
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: string[];
    locale: string;
  };
  employee: EmployeeDto | null;
  manager: EmployeeDto | null;
  orgUnitPath: { id: string; name: string; kind: string }[];
  /** Direct reports, for managers. */
  directReports: number;
}

export interface OrgOverviewDto {
  units: number;
  employees: number;
  activeEmployees: number;
  users: number;
  activeUsers: number;
  byKind: { kind: string; units: number }[];
  byStatus: { status: EmployeeStatus; employees: number }[];
  recentHires: EmployeeDto[];
}
