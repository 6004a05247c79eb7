export * from './entities';
export * from './recruitment.module';
export { fitFor } from './fit/fit.mapper';
