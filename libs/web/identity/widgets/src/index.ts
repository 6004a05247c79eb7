export * from './lib/employee-picker.component';
export * from './lib/org-unit-choices';
export * from './lib/active-user-choices';
export * from './lib/org-unit-select.component';
