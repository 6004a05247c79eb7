import { Injectable } from '@nestjs/common';
import { AuditService, NotFoundError, type Tx } from '@cadre/api/core';
import { EmployeesRepository } from './employees.repository';

/**
 * A change of someone's role (a promotion taking effect): identity writes the employee's
 * role profile and job title in the caller's transaction, with its own audit entry.
 */
@Injectable()
export class RoleChangesService {
  constructor(
    private readonly employees: EmployeesRepository,
    private readonly audit: AuditService,
  ) {}

  /** Holds the employee's role until the caller's transaction ends (two changes queue). */
  async lock(tx: Tx, employeeId: string): Promise<void> {
    if (!(await this.employees.lockRole(tx, employeeId))) throw new NotFoundError('Employee', employeeId);
  }

  async change(
    tx: Tx,
    employeeId: string,
    change: { roleProfileId: string; jobTitle: string },
    origin: Record<string, string>,
  ): Promise<void> {
    const before = await this.employees.lockRole(tx, employeeId);
    if (!before) throw new NotFoundError('Employee', employeeId);
    await this.employees.update(tx, employeeId, { jobTitle: change.jobTitle });
    await this.employees.setRoleProfile(tx, employeeId, change.roleProfileId);
    await this.audit.record(tx, {
      action: 'employee.role_change',
      entityType: 'employee',
      entityId: employeeId,
      before,
      after: { ...change, ...origin },
    });
  }
}
