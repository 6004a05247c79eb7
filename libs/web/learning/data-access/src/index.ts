export * from './learning.api';
