import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Permission } from '@cadre/shared/contracts';
import { SessionStore } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';

const TABS: { path: string; key: string; permission: Permission }[] = [
  { path: '/pay', key: 'pay.tabs.mine', permission: 'compensation:read-own' },
  { path: '/pay/team', key: 'pay.tabs.team', permission: 'compensation:approve-team' },
  { path: '/pay/disputes', key: 'pay.tabs.disputes', permission: 'compensation:read-own' },
  { path: '/pay/plans', key: 'pay.tabs.plans', permission: 'compensation:manage' },
  { path: '/pay/assignments', key: 'pay.tabs.assignments', permission: 'compensation:acknowledgements' },
  { path: '/pay/runs', key: 'pay.tabs.runs', permission: 'compensation:manage' },
  { path: '/pay/approvals', key: 'pay.tabs.approvals', permission: 'compensation:manage' },
];

/** The pay screens the reader may open, as tabs above each of them. */
@Component({
  selector: 'cadre-pay-tabs',
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
export class PayTabsComponent {
  private readonly session = inject(SessionStore);
  protected readonly tabs = computed(() => TABS.filter((t) => this.session.hasPermission(t.permission)));
}
