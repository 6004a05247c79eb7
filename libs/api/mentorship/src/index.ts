export * from './entities';
export * from './mentorship.module';
