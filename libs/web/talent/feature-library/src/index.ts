export * from './lib/talent-page.component';
