import { Routes } from '@angular/router';
import { authGuard } from '@cadre/web/core';

/**
 * The app only mounts the sign-in page and the signed-in shell, which mounts each feature
 * (shell.routes); each feature owns its routes (and registers its words when they are
 * first entered).
 */
export const appRoutes: Routes = [
  {
    path: 'login',
    loadChildren: () => import('@cadre/web/identity/feature-login').then((m) => m.loginRoutes),
  },
  {
    path: '',
    // Lazy, like every page: the sign-in page downloads neither the shell, its menu nor
    // what only signed-in pages share (see shell.routes).
    canActivate: [authGuard],
    loadChildren: () => import('./layout/shell.routes').then((m) => m.shellRoutes),
  },
  { path: '**', redirectTo: '' },
];
