import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import type { Locale } from '@cadre/shared/contracts';
import { SessionStore, ThemeService, type ThemeMode } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { visibleNavItems } from './navigation';

import { NotificationBellComponent } from './notification-bell.component';

const HANDSET = '(max-width: 959px)';

@Component({
  selector: 'cadre-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    MatTooltipModule,
    TranslatePipe,
    NotificationBellComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main">{{ 'nav.skipToContent' | t }}</a>
    <mat-toolbar class="toolbar">
      @if (isHandset()) {
        <button
          mat-icon-button
          type="button"
          (click)="drawer.toggle()"
          [attr.aria-label]="'nav.menu' | t"
          [attr.aria-expanded]="menuOpen()"
          aria-controls="main-menu"
        >
          <mat-icon>menu</mat-icon>
        </button>
      }
      <a routerLink="/" class="brand" [attr.aria-label]="'app.name' | t">
        <img src="favicon.svg" alt="" width="28" height="28" />
        <span>{{ 'app.name' | t }}</span>
      </a>
      <span class="spacer"></span>
      <cadre-notification-bell />
      <button
        mat-icon-button
        type="button"
        [matMenuTriggerFor]="languageMenu"
        [matTooltip]="'nav.language' | t"
        [attr.aria-label]="'nav.language' | t"
        data-testid="language-menu"
      >
        <mat-icon>translate</mat-icon>
      </button>
      <mat-menu #languageMenu="matMenu">
        <button
          mat-menu-item
          type="button"
          (click)="setLocale('en')"
          [attr.aria-current]="i18n.locale() === 'en'"
        >
          English
        </button>
        <button
          mat-menu-item
          type="button"
          (click)="setLocale('zh-CN')"
          [attr.aria-current]="i18n.locale() === 'zh-CN'"
        >
          简体中文
        </button>
      </mat-menu>
      <button
        mat-icon-button
        type="button"
        [matMenuTriggerFor]="themeMenu"
        [matTooltip]="'nav.theme' | t"
        [attr.aria-label]="'nav.theme' | t"
      >
        <mat-icon>{{
          theme.mode() === 'dark' ? 'dark_mode' : theme.mode() === 'light' ? 'light_mode' : 'brightness_auto'
        }}</mat-icon>
      </button>
      <mat-menu #themeMenu="matMenu">
        @for (mode of themeModes; track mode) {
          <button
            mat-menu-item
            type="button"
            (click)="setTheme(mode)"
            [attr.aria-current]="theme.mode() === mode"
          >
            {{ 'theme.' + mode | t }}
          </button>
        }
      </mat-menu>
      <button
        mat-button
        type="button"
        [matMenuTriggerFor]="userMenu"
        class="user-button"
        data-testid="user-menu"
        [attr.aria-label]="session.user()?.displayName"
      >
        <mat-icon aria-hidden="true">account_circle</mat-icon>
        <span class="user-name">{{ session.user()?.displayName }}</span>
      </button>
      <mat-menu #userMenu="matMenu">
        <div class="menu-identity" mat-menu-item disabled>
          <div>{{ session.user()?.email }}</div>
          <div class="muted">{{ roleNames() }}</div>
        </div>
        <mat-divider />
        <a mat-menu-item routerLink="/profile"><mat-icon>person</mat-icon>{{ 'nav.profile' | t }}</a>
        <button mat-menu-item type="button" (click)="signOut()" data-testid="sign-out">
          <mat-icon>logout</mat-icon>{{ 'nav.signOut' | t }}
        </button>
      </mat-menu>
    </mat-toolbar>

    <mat-sidenav-container class="container">
      <mat-sidenav
        #drawer
        [mode]="isHandset() ? 'over' : 'side'"
        [opened]="!isHandset()"
        (openedStart)="menuOpened.set(true)"
        (openedChange)="menuOpen.set($event)"
        id="main-menu"
        class="sidenav"
      >
        <nav [attr.aria-label]="'nav.main' | t">
          <!-- On a phone the menu is closed until asked for: it is drawn then, not with the first page. -->
          @if (!isHandset() || menuOpened()) {
            <mat-nav-list>
              @for (item of navItems(); track item.path) {
                <a
                  mat-list-item
                  [routerLink]="item.path"
                  routerLinkActive
                  #active="routerLinkActive"
                  [routerLinkActiveOptions]="{ exact: item.path === '/' }"
                  [activated]="active.isActive"
                  [attr.aria-current]="active.isActive ? 'page' : null"
                  (click)="isHandset() && drawer.close()"
                >
                  <mat-icon matListItemIcon>{{ item.icon }}</mat-icon>
                  <span matListItemTitle>{{ item.labelKey | t }}</span>
                </a>
              }
            </mat-nav-list>
          }
        </nav>
      </mat-sidenav>
      <mat-sidenav-content>
        <main id="main" tabindex="-1">
          <router-outlet />
        </main>
      </mat-sidenav-content>
    </mat-sidenav-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
    }
    .toolbar {
      position: sticky;
      top: 0;
      z-index: 2;
      gap: 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container);
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 10px;
      color: inherit;
      text-decoration: none;
      font: var(--mat-sys-title-large);
    }
    .spacer {
      flex: 1;
    }
    .container {
      flex: 1;
    }
    .sidenav {
      width: 240px;
      border-right: 1px solid var(--mat-sys-outline-variant);
    }
    main {
      outline: none;
    }
    .user-name {
      max-width: 16ch;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .menu-identity {
      line-height: 1.4;
      height: auto;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    @media (max-width: 599px) {
      .user-name {
        display: none;
      }
    }
  `,
})
export class ShellComponent {
  protected readonly session = inject(SessionStore);
  protected readonly i18n = inject(I18n);
  protected readonly theme = inject(ThemeService);
  private readonly api = inject(IdentityApi);

  protected readonly themeModes: ThemeMode[] = ['light', 'dark', 'system'];
  private readonly breakpoints = inject(BreakpointObserver);
  // Known from the first render: starting as a desktop and turning into a phone a moment
  // later rendered the whole shell twice and slid the open menu away on every phone visit.
  protected readonly isHandset = toSignal(this.breakpoints.observe(HANDSET).pipe(map((s) => s.matches)), {
    initialValue: this.breakpoints.isMatched(HANDSET),
  });
  /** Whether the phone's menu has been opened once (then it stays drawn). */
  protected readonly menuOpened = signal(false);
  /** Whether the menu is open now, for the Menu button's aria-expanded. */
  protected readonly menuOpen = signal(false);
  protected readonly navItems = computed(() => {
    const user = this.session.user();
    return user ? visibleNavItems(user.permissions) : [];
  });
  protected readonly roleNames = computed(() =>
    (this.session.user()?.roles ?? []).map((r) => this.i18n.t(`roles.${r}`)).join(', '),
  );

  protected setLocale(locale: Locale): void {
    this.i18n.use(locale);
    // Remember it on the account too, so another browser opens in the same language.
    this.api.updatePreferences({ locale }).subscribe({ error: () => undefined });
  }

  protected setTheme(mode: ThemeMode): void {
    this.theme.set(mode);
  }

  protected signOut(): void {
    void this.session.logout();
  }
}
