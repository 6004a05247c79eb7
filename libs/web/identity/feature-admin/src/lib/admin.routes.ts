import type { Routes } from '@angular/router';
import { permissionGuard } from '@cadre/web/core';
import { provideTranslations } from '@cadre/web/i18n';
import { adminTranslations } from '../i18n/admin.translations';
import { AuditPageComponent } from './audit/audit-page.component';
import { OrganisationPageComponent } from './organisation/organisation-page.component';
import { EmployeePageComponent } from './people/employee-page.component';
import { PeoplePageComponent } from './people/people-page.component';
import { UsersPageComponent } from './users/users-page.component';

/**
 * Mounted by the app at /people, behind `employees:read`: the directory for those who
 * browse it; one person's page for whoever may see them (the API decides; reps their own).
 */
export const peopleRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(adminTranslations)],
    children: [
      // Full match: /people/:id must not meet this guard (its redirect would end the match).
      {
        path: '',
        pathMatch: 'full',
        canMatch: [permissionGuard('people:browse')],
        component: PeoplePageComponent,
      },
      { path: ':id', component: EmployeePageComponent },
    ],
  },
];

/** Mounted by the app at /organisation, behind `org:overview`. */
export const organisationRoutes: Routes = [
  { path: '', providers: [provideTranslations(adminTranslations)], component: OrganisationPageComponent },
];

/** Mounted by the app at /admin behind either permission; each page behind its own. */
export const adminRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(adminTranslations)],
    children: [
      { path: 'users', canMatch: [permissionGuard('users:manage')], component: UsersPageComponent },
      { path: 'audit', canMatch: [permissionGuard('audit:read')], component: AuditPageComponent },
    ],
  },
];
