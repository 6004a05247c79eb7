export * from './entities';
export * from './compensation.module';
export { SIMULATION_ROUTE } from './simulation/simulation.controller';
export { SIMULATION_BODY_LIMIT_BYTES } from './simulation/simulation-limits';
export { SIMULATION_LIMITS_OVERRIDE, SIMULATION_WORKER_FILE } from './simulation/simulation.service';
export { RunWorker } from './runs/run-worker';
// The demo seed and the run benchmark calculate runs without a worker process.
export { RunCalculator } from './runs/run-calculator';
export {
  AssignmentProposalsService,
  type NewAssignmentProposal,
} from './assignments/assignment-proposals.service';
export { AssignmentProposalsModule } from './assignments/assignment-proposals.module';
