import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Permission } from '@cadre/shared/contracts';
import { SessionStore } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';

const TABS: { path: string; key: string; permission: Permission }[] = [
  { path: '/performance', key: 'performance.tabs.mine', permission: 'performance:read' },
  { path: '/performance/team', key: 'performance.tabs.team', permission: 'performance:set-targets' },
  {
    path: '/performance/organisation',
    key: 'performance.tabs.organisation',
    permission: 'performance:manage',
  },
  { path: '/performance/imports', key: 'performance.tabs.imports', permission: 'performance:manage' },
];

/** The performance screens the reader may open, as tabs above each of them. */
@Component({
  selector: 'cadre-performance-tabs',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (tabs().length > 1) {
      <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs">
        @for (tab of tabs(); track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            #active="routerLinkActive"
            [routerLinkActiveOptions]="{ exact: true }"
            [active]="active.isActive"
          >
            {{ tab.key | t }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel />
    }
  `,
  styles: `
    .tabs {
      margin-bottom: 16px;
    }
  `,
})
export class PerformanceTabsComponent {
  private readonly session = inject(SessionStore);
  protected readonly tabs = computed(() => TABS.filter((t) => this.session.hasPermission(t.permission)));
}
