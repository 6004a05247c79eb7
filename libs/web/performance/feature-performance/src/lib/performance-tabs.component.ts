import { ChangeDetectionStrategy, Component } from '@angular/core';
import { permittedTabs, type PermittedTab } from '@cadre/web/core';
import { SectionTabsComponent } from '@cadre/web/ui';

const TABS: PermittedTab[] = [
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
  imports: [SectionTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<cadre-section-tabs [tabs]="tabs()" />`,
})
export class PerformanceTabsComponent {
  protected readonly tabs = permittedTabs(TABS);
}
