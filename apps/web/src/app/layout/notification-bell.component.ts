import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { NotificationDto } from '@cadre/shared/contracts';
import { NotificationsApi } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';

/** A minute: often enough for "assigned to you" to show without a reload, cheap for the server. */
const REFRESH_MS = 60_000;

/** The bell: unread count, the newest notifications in the reader's language, mark as read. */
@Component({
  selector: 'cadre-notification-bell',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let unread = inbox.value()?.unread ?? 0;
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      (menuOpened)="inbox.reload()"
      [matTooltip]="'notifications.title' | t"
      [attr.aria-label]="
        (unread ? 'notifications.titleUnread' : 'notifications.title') | t: { count: unread }
      "
      data-testid="notifications"
    >
      <mat-icon [matBadge]="unread || null" matBadgeColor="warn" matBadgeSize="small" aria-hidden="true"
        >notifications</mat-icon
      >
    </button>
    <mat-menu #menu="matMenu" class="notifications-menu" xPosition="before">
      <div class="head">
        <strong>{{ 'notifications.title' | t }}</strong>
        @if (unread) {
          <button mat-button type="button" (click)="markAllRead()" data-testid="notifications-read-all">
            {{ 'notifications.markAllRead' | t }}
          </button>
        }
      </div>
      @for (n of inbox.value()?.items ?? []; track n.id) {
        <button mat-menu-item type="button" class="item" [class.unread]="!n.read" (click)="open(n)">
          <span class="text">{{ sentence(n) }}</span>
          <span class="when">{{ n.createdAt | localDate }}</span>
        </button>
      } @empty {
        <p class="empty">{{ 'notifications.none' | t }}</p>
      }
    </mat-menu>
  `,
  styles: `
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 4px 12px 4px 16px;
    }
    .item {
      height: auto;
      min-height: 48px;
      white-space: normal;
      line-height: 1.3;
      padding-top: 6px;
      padding-bottom: 6px;
    }
    .item .text,
    .item .when {
      display: block;
    }
    .item .when {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .item.unread .text {
      font-weight: 600;
    }
    .empty {
      padding: 8px 16px;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationBellComponent {
  private readonly api = inject(NotificationsApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  /** Dates in the sentences, formatted as the pipe formats them on screen. */
  private readonly dates = new LocalDatePipe();

  protected readonly inbox = rxResource({ stream: () => this.api.inbox() });

  constructor() {
    const timer = setInterval(() => this.inbox.reload(), REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  /**
   * "Compliance essentials was assigned to you, due 12 Dec": the kind's sentence in the
   * reader's language.
   */
  protected sentence(n: NotificationDto): string {
    const title = this.i18n.pick({
      en: String(n.params['titleEn'] ?? ''),
      zh: String(n.params['titleZh'] ?? ''),
    });
    const date = n.params['date'] ? this.dates.transform(String(n.params['date'])) : '';
    const key = `notifications.kind.${n.kind}`;
    // Names (a mentor, a mentee) go in as sent; a title in the reader's language, a date in their format.
    const text = this.i18n.t(key, { ...n.params, title, date });
    return text === key ? this.i18n.t('notifications.kind.other') : text;
  }

  protected async open(n: NotificationDto): Promise<void> {
    if (!n.read) await firstValueFrom(this.api.markRead([n.id]));
    this.inbox.reload();
    if (n.link) await this.router.navigateByUrl(n.link);
  }

  protected async markAllRead(): Promise<void> {
    await firstValueFrom(this.api.markRead());
    this.inbox.reload();
  }
}
