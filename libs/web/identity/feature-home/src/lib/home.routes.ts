import type { Routes } from '@angular/router';
import { provideTranslations } from '@cadre/web/i18n';
import { homeTranslations } from '../i18n/home.translations';
import { HomePageComponent } from './home-page.component';

/** Mounted by the app at the root of the signed-in shell. */
export const homeRoutes: Routes = [
  { path: '', providers: [provideTranslations(homeTranslations)], component: HomePageComponent },
];
