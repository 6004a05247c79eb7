export * from './careers.api';
export * from './career-levels';
