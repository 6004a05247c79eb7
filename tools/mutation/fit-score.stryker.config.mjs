// Mutation testing of the recruitment fit score: `npm run test:mutation`.
// On demand, not in CI: one run takes minutes on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  mutate: ['libs/api/recruitment/src/fit/fit-score.ts'],
  jest: {
    projectType: 'custom',
    configFile: 'libs/api/recruitment/jest.config.ts',
    // Only the fit score's own examples: the context's integration specs need a database.
    config: { testMatch: ['<rootDir>/src/fit/fit-score.spec.ts'] },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  jsonReporter: { fileName: 'reports/mutation/fit-score.json' },
  htmlReporter: { fileName: 'reports/mutation/fit-score.html' },
  tempDirName: 'tmp/stryker-fit-score',
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
};
