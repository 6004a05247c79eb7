export * from './entities';
export * from './performance.module';
// Use cases other contexts call.
export { TargetsLookup, type PersonalTarget } from './targets/targets-lookup.service';
export { ResultsLookup, type QuarterResult } from './attainment/results-lookup.service';
