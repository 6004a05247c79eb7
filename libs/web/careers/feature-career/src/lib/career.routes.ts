import type { Routes } from '@angular/router';
import { permissionGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { careerTranslations } from '../i18n/career.translations';
import { CareersAdminPageComponent } from './careers-admin-page.component';
import { MyCareerPageComponent } from './my-career-page.component';
import { PersonCareerPageComponent } from './person-career-page.component';
import { TeamCareerPageComponent } from './team-career-page.component';

/** Mounted by the app at /career, behind `careers:take-part`. */
export const careerRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(careerTranslations)],
    children: [
      { path: '', component: MyCareerPageComponent },
      { path: 'people/:employeeId', component: PersonCareerPageComponent },
      {
        path: 'team',
        canMatch: [permissionGuard('careers:manage-team')],
        component: TeamCareerPageComponent,
      },
      {
        path: 'admin',
        canMatch: [permissionGuard('careers:manage')],
        component: CareersAdminPageComponent,
      },
    ],
  },
];
