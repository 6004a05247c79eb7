export * from './compensation.api';
