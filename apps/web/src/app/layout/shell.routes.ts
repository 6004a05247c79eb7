import { Routes } from '@angular/router';
import { permissionGuard } from '@cadre/web/core';
import { ShellComponent } from './shell.component';

/**
 * Every signed-in page, inside the shell. Each mount's permission guard sits here, so
 * nobody downloads the code of a part of Cadre they may not use.
 */
export const shellRoutes: Routes = [
  {
    path: '',
    component: ShellComponent,
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () => import('@cadre/web/identity/feature-home').then((m) => m.homeRoutes),
      },
      {
        path: 'people',
        canMatch: [permissionGuard('employees:read')],
        loadChildren: () => import('@cadre/web/identity/feature-admin').then((m) => m.peopleRoutes),
      },
      {
        path: 'organisation',
        canMatch: [permissionGuard('org:overview')],
        loadChildren: () => import('@cadre/web/identity/feature-admin').then((m) => m.organisationRoutes),
      },
      {
        path: 'admin',
        canMatch: [permissionGuard('users:manage', 'audit:read')],
        loadChildren: () => import('@cadre/web/identity/feature-admin').then((m) => m.adminRoutes),
      },
      {
        path: 'profile',
        loadChildren: () => import('@cadre/web/identity/feature-profile').then((m) => m.profileRoutes),
      },
      {
        path: 'talent',
        canMatch: [permissionGuard('talent:read')],
        loadChildren: () => import('@cadre/web/talent/feature-library').then((m) => m.talentRoutes),
      },
      {
        path: 'learning',
        canMatch: [permissionGuard('learning:learn')],
        loadChildren: () => import('@cadre/web/learning/feature-learning').then((m) => m.learningRoutes),
      },
      {
        path: 'mentoring',
        canMatch: [permissionGuard('mentorship:take-part')],
        loadChildren: () => import('@cadre/web/mentorship/feature-mentoring').then((m) => m.mentoringRoutes),
      },
      {
        path: 'career',
        canMatch: [permissionGuard('careers:take-part')],
        loadChildren: () => import('@cadre/web/careers/feature-career').then((m) => m.careerRoutes),
      },
      {
        path: 'performance',
        canMatch: [permissionGuard('performance:read')],
        loadChildren: () =>
          import('@cadre/web/performance/feature-performance').then((m) => m.performanceRoutes),
      },
      {
        path: 'pay',
        canMatch: [permissionGuard('compensation:read-own')],
        loadChildren: () => import('@cadre/web/compensation/feature-pay').then((m) => m.payRoutes),
      },
      {
        path: 'compensation',
        canMatch: [permissionGuard('compensation:simulate')],
        loadChildren: () =>
          import('@cadre/web/compensation/feature-simulator').then((m) => m.compensationRoutes),
      },
      {
        path: 'recruitment',
        canMatch: [permissionGuard('recruitment:participate')],
        loadChildren: () =>
          import('@cadre/web/recruitment/feature-pipeline').then((m) => m.recruitmentRoutes),
      },
    ],
  },
];
