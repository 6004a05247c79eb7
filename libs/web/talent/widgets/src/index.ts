export * from './lib/role-profile-choices';
export * from './lib/competency-choices';
