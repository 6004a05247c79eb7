// See global-setup.cjs.
module.exports = async () => require('../../libs/api/testing/src/global-teardown.ts').default();
