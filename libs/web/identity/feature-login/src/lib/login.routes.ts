import type { Routes } from '@angular/router';
import { guestGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { loginTranslations } from '../i18n/login.translations';
import { LoginPageComponent } from './login-page.component';

/** Mounted by the app at /login, outside the shell; a signed-in user goes home. */
export const loginRoutes: Routes = [
  {
    path: '',
    canActivate: [guestGuard],
    providers: [provideTranslations(loginTranslations)],
    component: LoginPageComponent,
  },
];
