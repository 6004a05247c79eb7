export * from './lib/people/people-page.component';
export * from './lib/organisation/organisation-page.component';
export * from './lib/users/users-page.component';
export * from './lib/audit/audit-page.component';
export * from './lib/people/employee-page.component';
export * from './lib/people/employee-identity-section.component';
