export * from './lib/profile-page.component';
