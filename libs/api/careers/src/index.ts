export * from './entities';
export * from './careers.module';
// The demo seed and tests apply due promotions as the daily check does.
export { PromotionEffects } from './promotions/promotion-effects';
// The demo seed snapshots a nomination's readiness as the service does.
export { explainReadiness } from './readiness/readiness-explained';
export { readiness, monthsBetween, type LevelRequirements } from './readiness/readiness';
