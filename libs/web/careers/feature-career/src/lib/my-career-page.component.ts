import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { PageHeaderComponent } from '@cadre/web/ui';
import { CareerTabsComponent } from './career-tabs.component';
import { CareerViewComponent } from './career-view.component';

/** My career: the track map with where I am, the next level's requirements, my plan and assessment. */
@Component({
  selector: 'cadre-my-career-page',
  imports: [TranslatePipe, PageHeaderComponent, CareerTabsComponent, CareerViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'career.title' | t" [subtitle]="'career.subtitle' | t" />
      <cadre-career-tabs />
      <cadre-career-view />
    </div>
  `,
})
export class MyCareerPageComponent {}
