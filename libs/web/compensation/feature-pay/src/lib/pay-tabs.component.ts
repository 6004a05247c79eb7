import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { Permission } from '@cadre/shared/contracts';
import { SessionStore } from '@cadre/web/core';
import { I18n } from '@cadre/web/i18n';
import { SectionTabsComponent } from '@cadre/web/ui';

const TABS: { path: string; key: string; permission: Permission }[] = [
  { path: '/pay', key: 'pay.tabs.mine', permission: 'compensation:read-own' },
  { path: '/pay/estimate', key: 'pay.tabs.estimate', permission: 'compensation:read-own' },
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
  imports: [SectionTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<cadre-section-tabs [tabs]="tabs()" />`,
})
export class PayTabsComponent {
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  protected readonly tabs = computed(() =>
    TABS.filter((t) => this.session.hasPermission(t.permission)).map((t) => ({
      path: t.path,
      label: this.i18n.t(t.key),
    })),
  );
}
