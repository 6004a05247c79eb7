import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { escapeLike, type Tx } from '@cadre/api/core';
import type { Role } from '@cadre/shared/contracts';
import { EmployeeEntity } from '../employees/employee.entity';
import { UserEntity } from './user.entity';

/** A user with the employee record it is linked to, if any. */
export interface UserView extends UserEntity {
  employeeId: string | null;
}

export interface UserSearch {
  search?: string;
  role?: Role;
  isActive?: boolean;
  limit: number;
  offset: number;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(tx?: Tx | null) {
    return tx ?? this.dataSource.manager;
  }

  findByEmail(email: string, tx?: Tx | null): Promise<UserEntity | null> {
    return this.manager(tx).getRepository(UserEntity).findOneBy({ email });
  }

  findById(id: string, tx?: Tx | null): Promise<UserEntity | null> {
    return this.manager(tx).getRepository(UserEntity).findOneBy({ id });
  }

  private viewQuery(tx?: Tx | null) {
    return this.manager(tx)
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoin(EmployeeEntity, 'e', 'e.user_id = u.id')
      .addSelect('e.id', 'employee_id');
  }

  private static toView(raw: { employee_id: string | null }, entity: UserEntity): UserView {
    return Object.assign(entity, { employeeId: raw.employee_id ?? null });
  }

  async findSessionView(id: string, tx?: Tx | null): Promise<UserView | null> {
    const { entities, raw } = await this.viewQuery(tx)
      .where('u.id = :id', { id })
      .getRawAndEntities<{ employee_id: string | null }>();
    return entities[0] ? UsersRepository.toView(raw[0], entities[0]) : null;
  }

  async search(query: UserSearch): Promise<[UserView[], number]> {
    const qb = this.viewQuery();
    if (query.search) {
      qb.andWhere('(u.email ilike :s or u.display_name ilike :s)', { s: `%${escapeLike(query.search)}%` });
    }
    if (query.role) qb.andWhere(':role = any(u.roles)', { role: query.role });
    if (query.isActive !== undefined) qb.andWhere('u.is_active = :active', { active: query.isActive });
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit)
      .getRawAndEntities<{ employee_id: string | null }>();
    return [entities.map((e, i) => UsersRepository.toView(raw[i], e)), total];
  }

  async insert(
    tx: Tx,
    user: Pick<UserEntity, 'email' | 'passwordHash' | 'displayName' | 'roles' | 'locale'>,
  ): Promise<string> {
    const result = await tx.insert(UserEntity, user);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(
    tx: Tx,
    id: string,
    changes: Partial<Pick<UserEntity, 'displayName' | 'roles' | 'isActive' | 'locale'>>,
  ): Promise<void> {
    await tx.update(UserEntity, { id }, changes);
  }

  async setPassword(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await tx.update(UserEntity, { id }, { passwordHash, passwordChangedAt: () => 'now()' });
  }

  async touchLastLogin(id: string): Promise<void> {
    await this.dataSource.manager.update(UserEntity, { id }, { lastLoginAt: () => 'now()' });
  }

  /** The active users holding a role. */
  async activeWithRole(role: Role, tx?: Tx): Promise<string[]> {
    const users = await (tx ?? this.dataSource.manager)
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id')
      .where(`:role = any(u.roles) and u.is_active`, { role })
      .getMany();
    return users.map((u) => u.id);
  }

  async countActiveAdmins(tx: Tx): Promise<number> {
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(`'admin' = any(u.roles) and u.is_active`)
      .getCount();
  }
}
