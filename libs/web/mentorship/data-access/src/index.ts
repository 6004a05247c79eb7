export * from './mentorship.api';
