import { Routes } from '@angular/router';
import { authGuard, guestGuard, permissionGuard } from '@cadre/web/core';

export const appRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadComponent: () => import('@cadre/web/identity/feature-login').then((m) => m.LoginPageComponent),
  },
  {
    path: '',
    // Lazy, like every page: the sign-in page downloads neither the shell nor its menu.
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('@cadre/web/identity/feature-home').then((m) => m.HomePageComponent),
      },
      {
        // One person's page: whoever may see the person (the API decides), reps their own.
        path: 'people/:id',
        canMatch: [permissionGuard('employees:read')],
        loadComponent: () => import('@cadre/web/identity/feature-admin').then((m) => m.EmployeePageComponent),
      },
      {
        path: 'people',
        canMatch: [permissionGuard('people:browse')],
        loadComponent: () => import('@cadre/web/identity/feature-admin').then((m) => m.PeoplePageComponent),
      },
      {
        path: 'organisation',
        canMatch: [permissionGuard('org:overview')],
        loadComponent: () =>
          import('@cadre/web/identity/feature-admin').then((m) => m.OrganisationPageComponent),
      },
      {
        path: 'admin/users',
        canMatch: [permissionGuard('users:manage')],
        loadComponent: () => import('@cadre/web/identity/feature-admin').then((m) => m.UsersPageComponent),
      },
      {
        path: 'admin/audit',
        canMatch: [permissionGuard('audit:read')],
        loadComponent: () => import('@cadre/web/identity/feature-admin').then((m) => m.AuditPageComponent),
      },
      {
        path: 'profile',
        loadComponent: () =>
          import('@cadre/web/identity/feature-profile').then((m) => m.ProfilePageComponent),
      },
      {
        path: 'talent',
        canMatch: [permissionGuard('talent:read')],
        loadComponent: () => import('@cadre/web/talent/feature-library').then((m) => m.TalentPageComponent),
      },
      {
        path: 'compensation/simulator',
        canMatch: [permissionGuard('compensation:simulate')],
        loadComponent: () =>
          import('@cadre/web/compensation/feature-simulator').then((m) => m.SimulatorPageComponent),
      },
      {
        path: 'recruitment',
        canMatch: [permissionGuard('recruitment:participate')],
        children: [
          {
            path: '',
            loadComponent: () =>
              import('@cadre/web/recruitment/feature-pipeline').then((m) => m.RequisitionsPageComponent),
          },
          {
            path: 'requisitions/:id',
            loadComponent: () =>
              import('@cadre/web/recruitment/feature-pipeline').then((m) => m.PipelinePageComponent),
          },
          {
            path: 'requisitions/:id/compare',
            loadComponent: () =>
              import('@cadre/web/recruitment/feature-pipeline').then((m) => m.ComparePageComponent),
          },
          {
            path: 'applications/:id',
            loadComponent: () =>
              import('@cadre/web/recruitment/feature-pipeline').then((m) => m.ApplicationPageComponent),
          },
        ],
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
