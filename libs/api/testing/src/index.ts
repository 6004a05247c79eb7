export * from './test-postgres';
export * from './factories';
export * from './create-test-app';
export * from './principal';
export * from './calendar-quarters';
