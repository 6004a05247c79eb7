module.exports = require('../../tools/jest/with-workspace-paths.cjs')(
  'apps/api-e2e/src/support/global-teardown.ts',
);
