export default {
  displayName: 'api-careers',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: '../../../tools/jest/global-setup.cjs',
  globalTeardown: '../../../tools/jest/global-teardown.cjs',
  coverageDirectory: '../../../coverage/libs/api/careers',
};
