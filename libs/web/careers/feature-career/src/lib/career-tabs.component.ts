import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { Permission } from '@cadre/shared/contracts';
import { SessionStore } from '@cadre/web/core';
import { I18n } from '@cadre/web/i18n';
import { SectionTabsComponent } from '@cadre/web/ui';

const TABS: { path: string; key: string; permission: Permission }[] = [
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
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  protected readonly tabs = computed(() =>
    TABS.filter((t) => this.session.hasPermission(t.permission)).map((t) => ({
      path: t.path,
      label: this.i18n.t(t.key),
    })),
  );
}
