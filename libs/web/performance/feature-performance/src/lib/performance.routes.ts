import type { Routes } from '@angular/router';
import { permissionGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { performanceTranslations } from '../i18n/performance.translations';
import { ImportsPageComponent } from './imports-page.component';
import { MyPerformancePageComponent } from './my-performance-page.component';
import { OrganisationPerformancePageComponent } from './organisation-performance-page.component';
import { ReviewPageComponent } from './review-page.component';
import { TeamPerformancePageComponent } from './team-performance-page.component';

/** Mounted by the app at /performance, behind `performance:read`. */
export const performanceRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(performanceTranslations)],
    children: [
      { path: '', component: MyPerformancePageComponent },
      { path: 'people/:id', component: MyPerformancePageComponent },
      { path: 'reviews/:id', component: ReviewPageComponent },
      {
        path: 'team',
        canMatch: [permissionGuard('performance:set-targets')],
        component: TeamPerformancePageComponent,
      },
      {
        path: 'organisation',
        canMatch: [permissionGuard('performance:manage')],
        component: OrganisationPerformancePageComponent,
      },
      {
        path: 'imports',
        canMatch: [permissionGuard('performance:manage')],
        component: ImportsPageComponent,
      },
    ],
  },
];
