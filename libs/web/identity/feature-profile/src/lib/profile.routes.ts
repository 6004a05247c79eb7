import type { Routes } from '@angular/router';
import { provideTranslations } from '@cadre/web/i18n';
import { profileTranslations } from '../i18n/profile.translations';
import { ProfilePageComponent } from './profile-page.component';

/** Mounted by the app at /profile: everyone's own. */
export const profileRoutes: Routes = [
  { path: '', providers: [provideTranslations(profileTranslations)], component: ProfilePageComponent },
];
