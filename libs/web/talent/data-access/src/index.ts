export * from './talent.api';
