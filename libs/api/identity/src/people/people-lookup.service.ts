import { Injectable } from '@nestjs/common';
import type { Tx } from '@cadre/api/core';
import type { OrgUnitKind, Role } from '@cadre/shared/contracts';
import { EmployeesRepository } from '../employees/employees.repository';
import { UsersRepository } from '../users/users.repository';

/** What another context may ask identity about a user: whether they can act, and as what. */
export interface ActingUser {
  id: string;
  isActive: boolean;
  roles: Role[];
}

/**
 * Identity's answers to the small questions other contexts ask about people, so none of
 * them reads identity's tables. Each takes the caller's transaction
 * first, or null outside one.
 */
@Injectable()
export class PeopleLookup {
  constructor(
    private readonly employees: EmployeesRepository,
    private readonly users: UsersRepository,
  ) {}

  /** The role profile an employee holds (set when hired), or null. */
  async roleProfileIdOf(tx: Tx | null, employeeId: string): Promise<string | null> {
    return (await this.employees.findById(employeeId, tx ?? undefined))?.roleProfileId ?? null;
  }

  /**
   * The managers above an employee, nearest first: whoever approves what a manager
   * proposes (a promotion, say) is found along it.
   */
  managerChain(tx: Tx | null, employeeId: string): Promise<string[]> {
    return this.employees.managerChain(employeeId, tx ?? undefined);
  }

  /** The active users holding a role: whom to tell of work for that role (HR, finance). */
  usersWithRole(tx: Tx | null, role: Role): Promise<string[]> {
    return this.users.activeWithRole(role, tx ?? undefined);
  }

  async user(tx: Tx | null, userId: string): Promise<ActingUser | null> {
    const user = await this.users.findById(userId, tx ?? undefined);
    return user && { id: user.id, isActive: user.isActive, roles: user.roles };
  }

  /**
   * Where an employee sits: their unit and every unit above it, each with its kind, so a
   * context can ask "which product lines and customer segments is this person in?".
   */
  async unitsAbove(tx: Tx | null, employeeId: string): Promise<{ id: string; kind: OrgUnitKind }[]> {
    return this.employees.unitsAbove(employeeId, tx ?? undefined);
  }

  /** The kind of each of these org units that exists. */
  async unitKinds(tx: Tx | null, unitIds: string[]): Promise<Map<string, OrgUnitKind>> {
    const rows = await this.employees.unitKinds(unitIds, tx ?? undefined);
    return new Map(rows.map((r) => [r.id, r.kind]));
  }

  /**
   * Employees by work email (compared lower-case), for files that name people by email:
   * one query for every distinct address of an import.
   */
  async employeeIdsByEmail(tx: Tx | null, emails: string[]): Promise<Map<string, string>> {
    const rows = await this.employees.idsByEmail(emails, tx ?? undefined);
    return new Map(rows.map((r) => [r.email, r.id]));
  }

  /**
   * Whom to tell about each employee: their own active account, and their manager's. One
   * query for the whole list (a daily job asks about thousands at once).
   */
  async accountsOf(tx: Tx | null, employeeIds: string[]): Promise<Map<string, EmployeeAccounts>> {
    const rows = await this.employees.accountsOf(employeeIds, tx ?? undefined);
    return new Map(rows.map((r) => [r.employeeId, { userId: r.userId, managerUserId: r.managerUserId }]));
  }
}

export interface EmployeeAccounts {
  /** Null when they have no active account. */
  userId: string | null;
  managerUserId: string | null;
}
