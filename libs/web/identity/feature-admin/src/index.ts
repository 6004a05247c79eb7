export * from './lib/people/people-page.component';
export * from './lib/organisation/organisation-page.component';
export * from './lib/users/users-page.component';
export * from './lib/audit/audit-page.component';
