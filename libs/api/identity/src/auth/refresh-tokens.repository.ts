import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Tx } from '@cadre/api/core';
import { RefreshTokenEntity } from './refresh-token.entity';

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    tx: Tx | null,
    token: Pick<
      RefreshTokenEntity,
      'userId' | 'familyId' | 'tokenHash' | 'expiresAt' | 'createdIp' | 'userAgent'
    >,
  ): Promise<string> {
    const manager = tx ?? this.dataSource.manager;
    const result = await manager.insert(RefreshTokenEntity, token);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Locks the row, so two refreshes with one token cannot both succeed. */
  findByHashForUpdate(tx: Tx, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return tx
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash });
  }

  async markReplaced(tx: Tx, id: string, replacedById: string): Promise<void> {
    await tx.update(RefreshTokenEntity, { id }, { revokedAt: () => 'now()', replacedById });
  }

  async revokeFamily(tx: Tx | null, familyId: string): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
  }

  async revokeAllForUser(tx: Tx | null, userId: string): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      RefreshTokenEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
  }
}
