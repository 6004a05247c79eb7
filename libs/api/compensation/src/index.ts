export * from './compensation.module';
export { SIMULATION_BODY_LIMIT, SIMULATION_ROUTE } from './simulation/simulation.controller';
export { SIMULATION_WORKER_FILE } from './simulation/simulation.service';
