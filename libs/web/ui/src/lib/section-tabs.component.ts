import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';

export interface SectionTab {
  path: string;
  label: string;
}

/**
 * The screens of one part of Cadre as tabs above each of them (links, so each has its
 * address). Shown only when there is more than one: the caller passes those the reader may
 * open.
 */
@Component({
  selector: 'cadre-section-tabs',
  imports: [MatTabsModule, RouterLink, RouterLinkActive],
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
            {{ tab.label }}
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
export class SectionTabsComponent {
  readonly tabs = input.required<SectionTab[]>();
}
