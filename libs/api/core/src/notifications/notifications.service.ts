import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationDto } from '@cadre/shared/contracts';
import type { Principal } from '../auth/principal';
import { selectRows } from '../database/select-rows';
import type { Tx } from '../database/transaction-runner';

export interface NewNotification {
  userId: string;
  kind: string;
  params?: Record<string, string | number>;
  link?: string | null;
  /** The same key notifies once, however often it is sent. */
  dedupeKey: string;
}

/** The in-app inbox: contexts send in their own transaction; each user reads their own. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Sends in one statement; a dedupe key already sent is skipped. Answers how many were new. */
  async notify(tx: Tx, notes: NewNotification[]): Promise<number> {
    if (!notes.length) return 0;
    const rows = await selectRows<{ id: string }>(
      tx,
      `insert into notifications (user_id, kind, params, link, dedupe_key)
       select n.user_id, n.kind, n.params, n.link, n.dedupe_key
         from jsonb_to_recordset($1::jsonb) as n(user_id uuid, kind text, params jsonb, link text, dedupe_key text)
       on conflict (dedupe_key) do nothing
       returning id`,
      [
        JSON.stringify(
          notes.map((n) => ({
            user_id: n.userId,
            kind: n.kind,
            params: n.params ?? {},
            link: n.link ?? null,
            dedupe_key: n.dedupeKey,
          })),
        ),
      ],
    );
    return rows.length;
  }

  async inbox(principal: Principal, limit = 30): Promise<{ unread: number; items: NotificationDto[] }> {
    const [items, [count]] = await Promise.all([
      selectRows<{
        id: string;
        kind: string;
        params: Record<string, string | number>;
        link: string | null;
        createdAt: Date;
        readAt: Date | null;
      }>(
        this.dataSource,
        `select id, kind, params, link, created_at as "createdAt", read_at as "readAt"
           from notifications where user_id = $1 order by created_at desc, id limit $2`,
        [principal.userId, limit],
      ),
      selectRows<{ unread: number }>(
        this.dataSource,
        `select count(*)::int as unread from notifications where user_id = $1 and read_at is null`,
        [principal.userId],
      ),
    ]);
    return {
      unread: count?.unread ?? 0,
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        params: n.params,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        read: n.readAt !== null,
      })),
    };
  }

  /** Marks the caller's notifications read: these ids, or all of them. Others' ids change nothing. */
  async markRead(principal: Principal, ids: string[] | undefined): Promise<void> {
    await this.dataSource.query(
      `update notifications set read_at = now()
        where user_id = $1 and read_at is null and ($2::uuid[] is null or id = any($2))`,
      [principal.userId, ids ?? null],
    );
  }
}
