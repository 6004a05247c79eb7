module.exports = require('./with-workspace-paths.cjs')('libs/api/testing/src/global-teardown.ts');
