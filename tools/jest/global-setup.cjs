// A PostgreSQL server with a migrated template database for the run (see libs/api/testing).
module.exports = require('./with-workspace-paths.cjs')('libs/api/testing/src/global-setup.ts');
