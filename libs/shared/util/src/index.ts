export * from './iso-date';
export * from './currency';
export * from './csv';
