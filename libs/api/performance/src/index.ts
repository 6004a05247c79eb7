export * from './entities';
export * from './performance.module';
