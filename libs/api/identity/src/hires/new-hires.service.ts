import { Injectable } from '@nestjs/common';
import { AuditService, ConflictError, type Tx } from '@cadre/api/core';
import { PasswordHasher } from '../auth/password-hasher';
import { PasswordPolicy } from '../auth/password-policy';
import { auditedEmployee } from '../employees/employee.mapper';
import { EmployeesRepository } from '../employees/employees.repository';
import { PlacementRules } from '../employees/placement-rules';
import { auditedUser } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';

const PREPARED = Symbol('prepared by NewHiresService');

/**
 * A password checked against the policy and hashed before any transaction opens. Only
 * `preparePassword` makes one, so the hash is always the plain text's.
 */
export class PreparedPassword {
  /** @internal */
  constructor(
    readonly field: string,
    readonly plain: string,
    readonly hash: string,
    private readonly madeBy: typeof PREPARED,
  ) {}

  static isGenuine(password: PreparedPassword): boolean {
    return password.madeBy === PREPARED;
  }
}

export interface NewHire {
  fullName: string;
  email: string;
  jobTitle: string;
  hireDate: string;
  orgUnitId: string;
  managerId: string;
  /** The role profile they were hired against (talent's id; identity only keeps it). */
  roleProfileId: string | null;
  /** Where they came from, for the audit log. */
  origin: { source: 'hire'; applicationId: string };
}

/**
 * Identity's use case for a hire: the employee placed in their unit under their manager,
 * with a rep's account to sign in with, in the caller's transaction, with identity's own
 * checks (placement, unique email, password policy) and audit entries.
 */
@Injectable()
export class NewHiresService {
  constructor(
    private readonly employees: EmployeesRepository,
    private readonly users: UsersRepository,
    private readonly placement: PlacementRules,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the initial password against what is known before the transaction (the
   * email) and hashes it: hashing is slow and must not hold a transaction open.
   */
  async preparePassword(field: string, password: string, email: string): Promise<PreparedPassword> {
    this.policy.assertAcceptable(field, password, { email: normalEmail(email) });
    return new PreparedPassword(field, password, await this.hasher.hash(password), PREPARED);
  }

  async createEmployeeAndAccount(
    tx: Tx,
    hire: NewHire,
    password: PreparedPassword,
  ): Promise<{ employeeId: string; userId: string }> {
    if (!PreparedPassword.isGenuine(password))
      throw new Error('a PreparedPassword must come from preparePassword');
    const email = normalEmail(hire.email);
    const problems = await this.placement.problems(tx, {
      orgUnitId: hire.orgUnitId,
      managerId: hire.managerId,
    });
    // The hire names neither field: the placement comes from where they were hired into.
    if (problems.length)
      throw new ConflictError(
        `The new employee cannot be placed: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`,
        'placement_invalid',
      );
    if (await this.employees.findByEmail(email, tx))
      throw new ConflictError(`An employee already uses ${email}`, 'email_taken');
    if (await this.users.findByEmail(email, tx))
      throw new ConflictError(`A user already signs in with ${email}`, 'email_taken');
    // Now the name is known too: a password made of it is refused.
    this.policy.assertAcceptable(password.field, password.plain, { email, name: hire.fullName });

    const employee = {
      fullName: hire.fullName,
      email,
      jobTitle: hire.jobTitle,
      hireDate: hire.hireDate,
      status: 'active' as const,
      orgUnitId: hire.orgUnitId,
      managerId: hire.managerId,
    };
    const employeeId = await this.employees.insert(tx, { ...employee, roleProfileId: hire.roleProfileId });
    const account = { email, displayName: hire.fullName, roles: ['rep' as const] };
    const userId = await this.users.insert(tx, { ...account, passwordHash: password.hash, locale: 'en' });
    await this.employees.linkUser(tx, employeeId, userId);

    await this.audit.record(tx, {
      action: 'employee.create',
      entityType: 'employee',
      entityId: employeeId,
      after: { ...hire.origin, ...auditedEmployee(employee), roleProfileId: hire.roleProfileId },
    });
    await this.audit.record(tx, {
      action: 'user.create',
      entityType: 'user',
      entityId: userId,
      after: auditedUser({ ...account, isActive: true, employeeId }),
    });
    return { employeeId, userId };
  }
}

/** Emails compare trimmed and in lower case, as identity's own forms keep them. */
function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}
