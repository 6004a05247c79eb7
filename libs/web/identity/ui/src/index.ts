export * from './lib/employee-table.component';
