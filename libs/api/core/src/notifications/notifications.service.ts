import { Injectable } from '@nestjs/common';
import type { NotificationDto } from '@cadre/shared/contracts';
import type { Principal } from '../auth/principal';
import type { Tx } from '../database/transaction-runner';
import { NotificationsRepository } from './notifications.repository';

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
  constructor(private readonly notifications: NotificationsRepository) {}

  /** Sends in one statement; a dedupe key already sent is skipped. Answers how many were new. */
  async notify(tx: Tx, notes: NewNotification[]): Promise<number> {
    if (!notes.length) return 0;
    return (await this.notifications.insertMany(tx, notes)).length;
  }

  async inbox(principal: Principal, limit = 30): Promise<{ unread: number; items: NotificationDto[] }> {
    const [items, unread] = await Promise.all([
      this.notifications.newest(principal.userId, limit),
      this.notifications.unreadCount(principal.userId),
    ]);
    return {
      unread,
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
    await this.notifications.markRead(principal.userId, ids ?? null);
  }
}
