import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError, type Principal } from '@cadre/api/core';
import { EmployeesRepository } from '../employees/employees.repository';
import type { EmployeeScope } from './employee-scope';

/** Object-level access to employee records; every employee read or write goes through it. */
@Injectable()
export class EmployeeAccess {
  constructor(private readonly employees: EmployeesRepository) {}

  scopeFor(principal: Principal): EmployeeScope {
    if (principal.permissions.includes('employees:read-all')) return { kind: 'all' };
    if (principal.roles.includes('manager') && principal.employeeId)
      return { kind: 'subtree', selfId: principal.employeeId };
    return { kind: 'self', selfId: principal.employeeId };
  }

  /** 404 when the record does not exist, 403 when it exists outside the caller's scope. */
  async assertCanSee(principal: Principal, employeeId: string): Promise<void> {
    const found = await this.employees.scopeCheck(employeeId, this.scopeFor(principal));
    if (!found.exists) throw new NotFoundError('Employee', employeeId);
    if (!found.inScope)
      throw new ForbiddenError('This employee is outside the part of the organisation you can see');
  }

  /**
   * 404 when the unit does not exist, 403 when it is outside the units the caller manages
   * (their own units and those below); HR and admin reach every unit.
   */
  async assertCanSeeUnit(principal: Principal, unitId: string): Promise<void> {
    const found = await this.employees.unitScopeCheck(unitId, this.scopeFor(principal));
    if (!found.exists) throw new NotFoundError('Org unit', unitId);
    if (!found.inScope)
      throw new ForbiddenError('This unit is outside the part of the organisation you manage');
  }

  /** The org units the caller may act on: all, or these ids (the units they manage and those below). */
  async visibleUnits(principal: Principal): Promise<{ all: true } | { all: false; ids: string[] }> {
    const scope = this.scopeFor(principal);
    if (scope.kind === 'all') return { all: true };
    return { all: false, ids: await this.employees.unitIdsInScope(scope) };
  }

  /**
   * Everyone the caller may see, for read models of other contexts that list people
   * (a team's learning, say): all, or these employee ids.
   */
  async visibleEmployees(principal: Principal): Promise<{ all: true } | { all: false; ids: string[] }> {
    const scope = this.scopeFor(principal);
    if (scope.kind === 'all') return { all: true };
    return { all: false, ids: await this.employees.idsInScope(scope) };
  }
}
