import type { Routes } from '@angular/router';
import { provideTranslations } from '@cadre/web/i18n';
import { learningTranslations } from '../i18n/learning.translations';
import { CataloguePageComponent } from './catalogue-page.component';
import { CoursePlayerPageComponent } from './course-player-page.component';
import { MyLearningPageComponent } from './my-learning-page.component';

/** Mounted by the app at /learning, behind `learning:learn`. */
export const learningRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(learningTranslations)],
    children: [
      { path: '', component: MyLearningPageComponent },
      { path: 'catalogue', component: CataloguePageComponent },
      { path: 'enrolments/:id', component: CoursePlayerPageComponent },
    ],
  },
];
