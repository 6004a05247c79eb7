export * from './lib/talent-page.component';
export * from './lib/employee-talent-section.component';
