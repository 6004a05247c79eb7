export * from './lib/role-profile-choices';
