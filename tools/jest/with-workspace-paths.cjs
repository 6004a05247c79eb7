// Jest loads global setup and teardown outside its module system, so workspace aliases
// (@cadre/...) do not resolve there. This maps them with tsconfig-paths and returns a
// hook that runs the default export of the given TypeScript file.
const { join } = require('node:path');
const { register } = require('tsconfig-paths');

const root = join(__dirname, '..', '..');
register({ baseUrl: root, paths: require(join(root, 'tsconfig.json')).compilerOptions.paths });

module.exports = (file) => async () => require(join(root, file)).default();
