// Secondary entry point @cadre/api/core/database: the database helpers alone, free of
// Nest, for tools and for Jest's global setup (which cannot load Nest's ES modules).
export * from './embedded-postgres';
export * from './data-source-options';
export * from './snake-naming.strategy';
export * from './migrations';
export * from './migrate';
export * from './advisory-locks';
export * from './prepared-read';
export * from './transaction-guard';
export * from './runtime-role';
export * from './select-rows';
export * from './installed-package';
