import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@cadre/web/i18n';
import { PageHeaderComponent } from '@cadre/web/ui';
import { CohortPanelComponent } from './cohort-panel.component';
import { MentorPoolPanelComponent } from './mentor-pool-panel.component';
import { ProgrammeHealthPanelComponent } from './programme-health-panel.component';

/** The mentoring programme: its health, cohort assignment and the mentor pool. */
@Component({
  selector: 'cadre-programme-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    TranslatePipe,
    PageHeaderComponent,
    ProgrammeHealthPanelComponent,
    CohortPanelComponent,
    MentorPoolPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header
        [title]="'mentoring.programme.title' | t"
        [subtitle]="'mentoring.programme.subtitle' | t"
      >
        <a mat-stroked-button routerLink=".."><mat-icon>arrow_back</mat-icon>{{ 'mentoring.back' | t }}</a>
      </cadre-page-header>
      <mat-tab-group mat-stretch-tabs="false" dynamicHeight>
        <mat-tab [label]="'mentoring.programme.health' | t">
          <ng-template matTabContent
            ><div class="tab"><cadre-programme-health-panel /></div
          ></ng-template>
        </mat-tab>
        <mat-tab [label]="'mentoring.programme.cohort' | t">
          <ng-template matTabContent
            ><div class="tab"><cadre-cohort-panel /></div
          ></ng-template>
        </mat-tab>
        <mat-tab [label]="'mentoring.programme.pool' | t">
          <ng-template matTabContent
            ><div class="tab"><cadre-mentor-pool-panel /></div
          ></ng-template>
        </mat-tab>
      </mat-tab-group>
    </div>
  `,
  styles: `
    .tab {
      padding: 16px 0;
    }
  `,
})
export class ProgrammePageComponent {}
