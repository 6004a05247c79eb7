export default {
  displayName: 'api-performance',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: '../../../tools/jest/global-setup.cjs',
  globalTeardown: '../../../tools/jest/global-teardown.cjs',
  coverageDirectory: '../../../coverage/libs/api/performance',
};
