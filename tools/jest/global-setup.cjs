// Jest loads global setup outside its module system, so workspace aliases (@cadre/...)
// do not resolve there: map them with tsconfig-paths, then run the real setup.
const { join } = require('node:path');
const { register } = require('tsconfig-paths');

const root = join(__dirname, '..', '..');
register({ baseUrl: root, paths: require(join(root, 'tsconfig.json')).compilerOptions.paths });

module.exports = async () => require('../../libs/api/testing/src/global-setup.ts').default();
