import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { NotificationDto } from '@cadre/shared/contracts';

/** The caller's inbox: shown by the shell's bell on every screen. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  inbox(): Observable<{ unread: number; items: NotificationDto[] }> {
    return this.http.get<{ unread: number; items: NotificationDto[] }>('/api/notifications');
  }

  /** These, or (no ids) all of the caller's. */
  markRead(ids?: string[]): Observable<void> {
    return this.http.post<void>('/api/notifications/read', ids ? { ids } : {});
  }
}
