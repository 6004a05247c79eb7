import type { Routes } from '@angular/router';
import { permissionGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { learningTranslations } from '../i18n/learning.translations';
import { CataloguePageComponent } from './catalogue-page.component';
import { CoursePlayerPageComponent } from './course-player-page.component';
import { MyLearningPageComponent } from './my-learning-page.component';
import { TeamLearningPageComponent } from './team-learning-page.component';

/** Mounted by the app at /learning, behind `learning:learn`. */
export const learningRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(learningTranslations)],
    children: [
      { path: '', component: MyLearningPageComponent },
      { path: 'catalogue', component: CataloguePageComponent },
      { path: 'team', canMatch: [permissionGuard('learning:assign')], component: TeamLearningPageComponent },
      { path: 'enrolments/:id', component: CoursePlayerPageComponent },
    ],
  },
];
