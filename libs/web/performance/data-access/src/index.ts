export * from './performance.api';
