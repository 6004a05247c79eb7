import type { Routes } from '@angular/router';
import { guestGuard } from '@cadre/web/core';
import { LoginPageComponent } from './login-page.component';

/** Mounted by the app at /login, outside the shell; a signed-in user goes home. */
export const loginRoutes: Routes = [{ path: '', canActivate: [guestGuard], component: LoginPageComponent }];
