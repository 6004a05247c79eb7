export * from './lib/simulator-page.component';
