import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { Permission } from '@cadre/shared/contracts';
import { SessionStore } from '@cadre/web/core';
import { I18n } from '@cadre/web/i18n';
import { SectionTabsComponent } from '@cadre/web/ui';

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
  imports: [SectionTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<cadre-section-tabs [tabs]="tabs()" />`,
})
export class PerformanceTabsComponent {
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  protected readonly tabs = computed(() =>
    TABS.filter((t) => this.session.hasPermission(t.permission)).map((t) => ({
      path: t.path,
      label: this.i18n.t(t.key),
    })),
  );
}
