import type { Routes } from '@angular/router';
import { provideTranslations } from '@cadre/web/i18n';
import { recruitmentTranslations } from '../i18n/recruitment.translations';
import { ApplicationPageComponent } from './application-page.component';
import { ComparePageComponent } from './compare-page.component';
import { PipelinePageComponent } from './pipeline-page.component';
import { RequisitionsPageComponent } from './requisitions-page.component';

/** Mounted by the app at /recruitment, behind `recruitment:participate`. */
export const recruitmentRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(recruitmentTranslations)],
    children: [
      { path: '', pathMatch: 'full', component: RequisitionsPageComponent },
      { path: 'requisitions/:id', component: PipelinePageComponent },
      { path: 'requisitions/:id/compare', component: ComparePageComponent },
      { path: 'applications/:id', component: ApplicationPageComponent },
    ],
  },
];
