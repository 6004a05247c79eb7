import { Injectable } from '@nestjs/common';
import { AuditService, NotFoundError, TransactionRunner, type Principal } from '@cadre/api/core';
import type { MyProfileDto, UpdateMyPreferencesRequest } from '@cadre/shared/contracts';
import { MeRepository } from './me.repository';
import { UsersRepository } from '../users/users.repository';

@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly me: MeRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async profile(principal: Principal): Promise<MyProfileDto> {
    const profile = await this.me.profile(principal.userId);
    if (!profile) throw new NotFoundError('User', principal.userId);
    return profile;
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
