import { ChangeDetectionStrategy, Component } from '@angular/core';
import { permittedTabs, type PermittedTab } from '@cadre/web/core';
import { SectionTabsComponent } from '@cadre/web/ui';

const TABS: PermittedTab[] = [
  { path: '/career', key: 'career.tabs.mine', permission: 'careers:take-part' },
  { path: '/career/team', key: 'career.tabs.team', permission: 'careers:manage-team' },
  { path: '/career/admin', key: 'career.tabs.admin', permission: 'careers:manage' },
];

/** The career screens the reader may open, as tabs above each of them. */
@Component({
  selector: 'cadre-career-tabs',
  imports: [SectionTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<cadre-section-tabs [tabs]="tabs()" />`,
})
export class CareerTabsComponent {
  protected readonly tabs = permittedTabs(TABS);
}
