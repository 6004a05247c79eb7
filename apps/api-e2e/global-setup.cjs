// Boots the built API (dist/apps/api/main.js) on a fresh database; see src/support/server.ts.
module.exports = require('../../tools/jest/with-workspace-paths.cjs')(
  'apps/api-e2e/src/support/global-setup.ts',
);
