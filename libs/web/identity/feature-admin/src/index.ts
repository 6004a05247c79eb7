// What the app mounts and what other pages show of this feature.
export * from './lib/people/employee-identity-section.component';
export * from './lib/admin.routes';
