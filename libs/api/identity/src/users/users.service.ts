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
  type PageRequest,
} from '@cadre/api/core';
import type { CreateUserRequest, Page, UpdateUserRequest, UserDto } from '@cadre/shared/contracts';
import { PasswordHasher } from '../auth/password-hasher';
import { PasswordPolicy } from '../auth/password-policy';
import { RefreshTokensRepository } from '../auth/refresh-tokens.repository';
import { EmployeesRepository } from '../employees/employees.repository';
import { auditedUser, toUserDto } from './user.mapper';
import { UsersRepository, type UserSearch } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly employees: EmployeesRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async search(query: Omit<UserSearch, 'limit' | 'offset'> & PageRequest): Promise<Page<UserDto>> {
    const { limit, offset } = query;
    const [items, total] = await this.users.search(query);
    return { items: items.map(toUserDto), total, limit, offset };
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.findSessionView(id);
    if (!user) throw new NotFoundError('User', id);
    return toUserDto(user);
  }

  async create(request: CreateUserRequest): Promise<UserDto> {
    if (await this.users.findByEmail(request.email)) {
      throw new ConflictError(`A user with the email ${request.email} already exists`, 'email_taken');
    }
    this.policy.assertAcceptable('password', request.password, {
      email: request.email,
      name: request.displayName,
    });
    const passwordHash = await this.hasher.hash(request.password);
    const id = await this.transactions.run(async (tx) => {
      if (request.employeeId) {
        const employee = await this.employees.findById(request.employeeId, tx);
        if (!employee)
          throw InvalidInputError.field('employeeId', 'no employee has this id', 'no_such_record');
        if (employee.userId)
          throw new ConflictError('That employee already has a user account', 'employee_has_user');
      }
      const userId = await this.users.insert(tx, {
        email: request.email,
        displayName: request.displayName,
        roles: request.roles,
        passwordHash,
        locale: 'en',
      });
      if (request.employeeId) await this.employees.linkUser(tx, request.employeeId, userId);
      await this.audit.record(tx, {
        action: 'user.create',
        entityType: 'user',
        entityId: userId,
        after: auditedUser({ ...request, isActive: true, employeeId: request.employeeId ?? null }),
      });
      return userId;
    });
    return this.get(id);
  }

  async update(actor: Principal, id: string, changes: UpdateUserRequest): Promise<UserDto> {
    await this.transactions.run(async (tx) => {
      // Changes that may take away an admin take turns, so two admins demoting each other
      // at once cannot both pass the "last active admin" check below.
      if (changes.isActive === false || changes.roles) await lockForTransaction(tx, ADVISORY_LOCKS.adminRole);
      const before = await this.users.findSessionView(id, tx);
      if (!before) throw new NotFoundError('User', id);
      const isSelf = actor.userId === id;
      if (isSelf && changes.isActive === false) {
        throw InvalidInputError.field('isActive', 'you cannot deactivate your own account', 'own_account');
      }
      if (isSelf && changes.roles && !changes.roles.includes('admin') && before.roles.includes('admin')) {
        throw InvalidInputError.field('roles', 'you cannot remove your own admin role', 'own_account');
      }
      await this.users.update(tx, id, changes);
      if (
        before.roles.includes('admin') &&
        (changes.isActive === false || (changes.roles && !changes.roles.includes('admin')))
      ) {
        if ((await this.users.countActiveAdmins(tx)) === 0) {
          throw new ConflictError('This would leave no active administrator', 'last_admin');
        }
      }
      if (changes.isActive === false) await this.refreshTokens.revokeAllForUser(tx, id);
      const after = await this.users.findSessionView(id, tx);
      await this.audit.record(tx, {
        action: changes.isActive === false && before.isActive ? 'user.deactivate' : 'user.update',
        entityType: 'user',
        entityId: id,
        before: auditedUser(before),
        after: after && auditedUser(after),
      });
    });
    return this.get(id);
  }

  async setPassword(id: string, password: string): Promise<void> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError('User', id);
    this.policy.assertAcceptable('password', password, { email: user.email, name: user.displayName });
    const passwordHash = await this.hasher.hash(password);
    await this.transactions.run(async (tx) => {
      await this.users.setPassword(tx, id, passwordHash);
      await this.refreshTokens.revokeAllForUser(tx, id);
      await this.audit.record(tx, { action: 'user.password_reset', entityType: 'user', entityId: id });
    });
  }
}
