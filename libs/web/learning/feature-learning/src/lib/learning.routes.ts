import type { Routes } from '@angular/router';
import { permissionGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { learningTranslations } from '../i18n/learning.translations';
import { CataloguePageComponent } from './catalogue-page.component';
import { CertificatePageComponent } from './certificate-page.component';
import { CourseEditorPageComponent } from './course-editor-page.component';
import { CoursePlayerPageComponent } from './course-player-page.component';
import { CoursesPageComponent } from './courses-page.component';
import { LearningPathEditorPageComponent } from './learning-path-editor-page.component';
import { LearningPathsPageComponent } from './learning-paths-page.component';
import { LearningReportsPageComponent } from './learning-reports-page.component';
import { MyLearningPageComponent } from './my-learning-page.component';
import { SalesLibraryPageComponent } from './sales-library-page.component';
import { SalesResourcePageComponent } from './sales-resource-page.component';
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
      {
        path: 'reports',
        canMatch: [permissionGuard('learning:assign')],
        component: LearningReportsPageComponent,
      },
      { path: 'courses', canMatch: [permissionGuard('learning:manage')], component: CoursesPageComponent },
      {
        path: 'courses/new',
        canMatch: [permissionGuard('learning:manage')],
        component: CourseEditorPageComponent,
      },
      {
        path: 'courses/:courseId',
        canMatch: [permissionGuard('learning:manage')],
        component: CourseEditorPageComponent,
      },
      {
        path: 'paths',
        canMatch: [permissionGuard('learning:manage')],
        component: LearningPathsPageComponent,
      },
      {
        path: 'paths/:roleProfileId',
        canMatch: [permissionGuard('learning:manage')],
        component: LearningPathEditorPageComponent,
      },
      { path: 'library', component: SalesLibraryPageComponent },
      { path: 'library/:id', component: SalesResourcePageComponent },
      { path: 'enrolments/:id', component: CoursePlayerPageComponent },
      { path: 'certificates/:id', component: CertificatePageComponent },
    ],
  },
];
