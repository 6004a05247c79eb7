export * from './entities';
export * from './learning.module';
export { CurriculaService, type NewHireOnboarding } from './curricula/curricula.service';
