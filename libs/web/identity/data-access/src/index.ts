export * from './identity.api';
export * from './org-tree';
export * from './employee-directory.store';
