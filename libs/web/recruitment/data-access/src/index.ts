export * from './recruitment.api';
