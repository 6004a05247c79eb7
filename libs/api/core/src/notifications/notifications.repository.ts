import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '../database/select-rows';
import type { Tx } from '../database/transaction-runner';
import type { NewNotification } from './notifications.service';

export interface NotificationRow {
  id: string;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement; a dedupe key already sent is skipped. Answers the ids of the new ones. */
  insertMany(tx: Tx, notes: NewNotification[]): Promise<{ id: string }[]> {
    return selectRows<{ id: string }>(
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
  }

  newest(userId: string, limit: number): Promise<NotificationRow[]> {
    return selectRows<NotificationRow>(
      this.dataSource,
      `select id, kind, params, link, created_at as "createdAt", read_at as "readAt"
         from notifications where user_id = $1 order by created_at desc, id limit $2`,
      [userId, limit],
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await selectRows<{ unread: number }>(
      this.dataSource,
      `select count(*)::int as unread from notifications where user_id = $1 and read_at is null`,
      [userId],
    );
    return row?.unread ?? 0;
  }

  async markRead(userId: string, ids: string[] | null): Promise<void> {
    await this.dataSource.query(
      `update notifications set read_at = now()
        where user_id = $1 and read_at is null and ($2::uuid[] is null or id = any($2))`,
      [userId, ids],
    );
  }
}
