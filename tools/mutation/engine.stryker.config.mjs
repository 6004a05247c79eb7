// Mutation testing of the commission engine's evaluation step: `npm run test:mutation`.
// On demand, not in CI: one run takes minutes on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  mutate: ['libs/compensation/engine/src/lib/evaluate.ts'],
  jest: {
    projectType: 'custom',
    configFile: 'libs/compensation/engine/jest.config.ts',
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  jsonReporter: { fileName: 'reports/mutation/engine.json' },
  htmlReporter: { fileName: 'reports/mutation/engine.html' },
  tempDirName: 'tmp/stryker-engine',
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
};
