import type { EmployeeDto } from '@cadre/shared/contracts';
import type { EmployeeView } from './employees.repository';

export function toEmployeeDto(e: EmployeeView): EmployeeDto {
  return {
    id: e.id,
    fullName: e.fullName,
    email: e.email,
    jobTitle: e.jobTitle,
    hireDate: e.hireDate,
    status: e.status,
    orgUnitId: e.orgUnitId,
    orgUnitName: e.orgUnitName,
    managerId: e.managerId,
    managerName: e.managerName,
    userId: e.userId,
  };
}

/** What the audit log keeps of an employee. */
export function auditedEmployee(
  e: Pick<
    EmployeeView,
    'fullName' | 'email' | 'jobTitle' | 'hireDate' | 'status' | 'orgUnitId' | 'managerId'
  >,
) {
  return {
    fullName: e.fullName,
    email: e.email,
    jobTitle: e.jobTitle,
    hireDate: e.hireDate,
    status: e.status,
    orgUnitId: e.orgUnitId,
    managerId: e.managerId,
  };
}
