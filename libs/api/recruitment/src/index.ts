export * from './entities';
export * from './recruitment.module';
