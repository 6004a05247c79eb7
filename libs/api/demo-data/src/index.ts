export * from './demo-company';
export * from './seed-demo-data';
export * from './demo-talent';
