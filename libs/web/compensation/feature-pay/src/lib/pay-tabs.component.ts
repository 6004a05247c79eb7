import { ChangeDetectionStrategy, Component } from '@angular/core';
import { permittedTabs, type PermittedTab } from '@cadre/web/core';
import { SectionTabsComponent } from '@cadre/web/ui';

const TABS: PermittedTab[] = [
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
  protected readonly tabs = permittedTabs(TABS);
}
