import type { Routes } from '@angular/router';
import { statementTranslations } from '@cadre/web/compensation/ui';
import { permissionGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { payTranslations } from '../i18n/pay.translations';
import { AssignmentsPageComponent } from './assignments-page.component';
import { DisputesPageComponent } from './disputes-page.component';
import { MyPayPageComponent } from './my-pay-page.component';
import { PayEstimatorPageComponent } from './pay-estimator-page.component';
import { PlansPageComponent } from './plans-page.component';
import { RunsPageComponent } from './runs-page.component';
import { StatementPageComponent } from './statement-page.component';
import { StatementQueuePageComponent } from './statement-queue-page.component';

/** Mounted by the app at /pay, behind `compensation:read-own`. */
export const payRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(payTranslations), provideTranslations(statementTranslations)],
    children: [
      { path: '', component: MyPayPageComponent },
      { path: 'estimate', component: PayEstimatorPageComponent },
      { path: 'statements/:id', component: StatementPageComponent },
      { path: 'disputes', component: DisputesPageComponent },
      {
        path: 'team',
        canMatch: [permissionGuard('compensation:approve-team')],
        component: StatementQueuePageComponent,
        data: { mode: 'team' },
      },
      {
        path: 'approvals',
        canMatch: [permissionGuard('compensation:manage')],
        component: StatementQueuePageComponent,
        data: { mode: 'finance' },
      },
      {
        path: 'plans',
        canMatch: [permissionGuard('compensation:manage')],
        component: PlansPageComponent,
      },
      {
        path: 'assignments',
        canMatch: [permissionGuard('compensation:acknowledgements')],
        component: AssignmentsPageComponent,
      },
      {
        path: 'runs',
        canMatch: [permissionGuard('compensation:manage')],
        component: RunsPageComponent,
      },
    ],
  },
];
