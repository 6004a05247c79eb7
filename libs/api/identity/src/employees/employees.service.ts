import { Injectable } from '@nestjs/common';
import {
  ADVISORY_LOCKS,
  AuditService,
  ConflictError,
  InvalidInputError,
  lockForTransaction,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
  type PageRequest,
} from '@cadre/api/core';
import type {
  CreateEmployeeRequest,
  EmployeeDto,
  EmployeeQuery,
  Page,
  UpdateEmployeeRequest,
} from '@cadre/shared/contracts';
import { EmployeeAccess } from '../access/employee-access.service';
import { auditedEmployee, toEmployeeDto } from './employee.mapper';
import { countedUnit, EmployeeMoves } from './employee-moves';
import { EmployeesRepository } from './employees.repository';
import { PlacementRules } from './placement-rules';

@Injectable()
export class EmployeesService {
  constructor(
    private readonly employees: EmployeesRepository,
    private readonly placement: PlacementRules,
    private readonly access: EmployeeAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly moves: EmployeeMoves,
  ) {}

  async search(principal: Principal, query: EmployeeQuery & PageRequest): Promise<Page<EmployeeDto>> {
    const { limit, offset } = query;
    const scope = this.access.scopeFor(principal);
    const [items, total] = await this.employees.search(query, scope);
    return { items, total, limit, offset };
  }

  async get(principal: Principal, id: string): Promise<EmployeeDto> {
    await this.access.assertCanSee(principal, id);
    const employee = await this.employees.findView(id);
    if (!employee) throw new NotFoundError('Employee', id);
    return toEmployeeDto(employee);
  }

  async create(principal: Principal, request: CreateEmployeeRequest): Promise<EmployeeDto> {
    const id = await this.transactions.run(async (tx) => {
      await this.assertValidPlacement(tx, request.orgUnitId, request.managerId ?? null);
      if (await this.employees.findByEmail(request.email, tx)) {
        throw new ConflictError(`An employee with the email ${request.email} already exists`, 'email_taken');
      }
      const values = { ...request, managerId: request.managerId ?? null, status: request.status ?? 'active' };
      const employeeId = await this.employees.insert(tx, values);
      await this.audit.record(tx, {
        action: 'employee.create',
        entityType: 'employee',
        entityId: employeeId,
        after: auditedEmployee(values),
      });
      return employeeId;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, changes: UpdateEmployeeRequest): Promise<EmployeeDto> {
    await this.access.assertCanSee(principal, id);
    await this.transactions.run(async (tx) => {
      // Locked: two moves of one person at once would each tell the other contexts where
      // they moved from, and one of those would be wrong.
      const before = await this.employees.findForUpdate(tx, id);
      if (!before) throw new NotFoundError('Employee', id);
      if (changes.orgUnitId !== undefined || changes.managerId !== undefined) {
        await this.assertValidPlacement(
          tx,
          changes.orgUnitId ?? before.orgUnitId,
          changes.managerId === undefined ? null : changes.managerId,
        );
      }
      if (changes.managerId) {
        // Reporting-line changes take turns, or two at once could close a loop.
        await lockForTransaction(tx, ADVISORY_LOCKS.reportingLines);
        if (changes.managerId === id)
          throw InvalidInputError.field('managerId', 'an employee cannot manage themselves', 'cycle');
        if (await this.employees.wouldCreateManagerCycle(tx, id, changes.managerId)) {
          throw InvalidInputError.field(
            'managerId',
            'this employee already sits above the proposed manager',
            'cycle',
          );
        }
      }
      if (changes.email && changes.email !== before.email) {
        const other = await this.employees.findByEmail(changes.email, tx);
        if (other)
          throw new ConflictError(
            `An employee with the email ${changes.email} already exists`,
            'email_taken',
          );
      }
      await this.employees.update(tx, id, changes);
      const after = await this.employees.findById(id, tx);
      if (after)
        await this.moves.publish(tx, [{ employeeId: id, from: countedUnit(before), to: countedUnit(after) }]);
      await this.audit.record(tx, {
        action: 'employee.update',
        entityType: 'employee',
        entityId: id,
        before: auditedEmployee(before),
        after: after && auditedEmployee(after),
      });
    });
    return this.get(principal, id);
  }

  private async assertValidPlacement(tx: Tx, orgUnitId: string, managerId: string | null): Promise<void> {
    const problems = await this.placement.problems(tx, { orgUnitId, managerId });
    if (problems.length) throw new InvalidInputError(problems);
  }
}
