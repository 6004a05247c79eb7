import type { Routes } from '@angular/router';
import { statementTranslations } from '@cadre/web/compensation/ui';
import { provideTranslations } from '@cadre/web/i18n';
import { compensationTranslations } from '../i18n/compensation.translations';
import { SimulatorPageComponent } from './simulator-page.component';

/** Mounted by the app at /compensation, behind `compensation:simulate`. */
export const compensationRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(compensationTranslations), provideTranslations(statementTranslations)],
    children: [{ path: 'simulator', component: SimulatorPageComponent }],
  },
];
