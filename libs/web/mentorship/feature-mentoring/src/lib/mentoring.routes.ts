import type { Routes } from '@angular/router';
import { permissionGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { mentoringTranslations } from '../i18n/mentoring.translations';
import { MyMentoringPageComponent } from './my-mentoring-page.component';
import { PairingPageComponent } from './pairing-page.component';
import { ProgrammePageComponent } from './programme-page.component';
import { TeamMentoringPageComponent } from './team-mentoring-page.component';

/** Mounted by the app at /mentoring, behind `mentorship:take-part`. */
export const mentoringRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(mentoringTranslations)],
    children: [
      { path: '', component: MyMentoringPageComponent },
      { path: 'pairings/:id', component: PairingPageComponent },
      {
        path: 'team',
        canMatch: [permissionGuard('mentorship:assign')],
        component: TeamMentoringPageComponent,
      },
      {
        path: 'programme',
        canMatch: [permissionGuard('mentorship:assign')],
        component: ProgrammePageComponent,
      },
    ],
  },
];
