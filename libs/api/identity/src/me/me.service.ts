import { Injectable } from '@nestjs/common';
import { AuditService, NotFoundError, TransactionRunner, type Principal } from '@cadre/api/core';
import type { MyProfileDto, UpdateMyPreferencesRequest } from '@cadre/shared/contracts';
import { EmployeesRepository } from '../employees/employees.repository';
import { toEmployeeDto } from '../employees/employee.mapper';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { UsersRepository } from '../users/users.repository';

@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly employees: EmployeesRepository,
    private readonly units: OrgUnitsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async profile(principal: Principal): Promise<MyProfileDto> {
    const user = await this.users.findSessionView(principal.userId);
    if (!user) throw new NotFoundError('User', principal.userId);
    const employee = user.employeeId ? await this.employees.findView(user.employeeId) : null;
    const manager = employee?.managerId ? await this.employees.findView(employee.managerId) : null;
    return {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        roles: user.roles,
        locale: user.locale,
      },
      employee: employee && toEmployeeDto(employee),
      manager: manager && toEmployeeDto(manager),
      orgUnitPath: employee ? await this.units.pathTo(employee.orgUnitId) : [],
      directReports: employee ? await this.employees.directReportCount(employee.id) : 0,
    };
  }

  async updatePreferences(principal: Principal, changes: UpdateMyPreferencesRequest): Promise<MyProfileDto> {
    if (changes.locale) {
      const locale = changes.locale;
      await this.transactions.run(async (tx) => {
        const before = await this.users.findById(principal.userId, tx);
        await this.users.update(tx, principal.userId, { locale });
        await this.audit.record(tx, {
          action: 'user.preferences',
          entityType: 'user',
          entityId: principal.userId,
          before: { locale: before?.locale },
          after: { locale },
        });
      });
    }
    return this.profile(principal);
  }
}
