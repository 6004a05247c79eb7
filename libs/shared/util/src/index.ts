export * from './iso-date';
export * from './currency';
