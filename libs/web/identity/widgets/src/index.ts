export * from './lib/employee-picker.component';
