import type { Routes } from '@angular/router';
import { provideTranslations } from '@cadre/web/i18n';
import { talentTranslations } from '../i18n/talent.translations';
import { TalentPageComponent } from './talent-page.component';

/** Mounted by the app at /talent, behind `talent:read`. */
export const talentRoutes: Routes = [
  { path: '', providers: [provideTranslations(talentTranslations)], component: TalentPageComponent },
];
