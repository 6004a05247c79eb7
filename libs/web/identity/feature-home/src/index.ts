export * from './lib/home-page.component';
