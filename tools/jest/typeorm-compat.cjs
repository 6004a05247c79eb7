// Stand-in for @nestjs/typeorm's typeorm-compat.js under Jest: the original declares
// `const require`, which clashes with CommonJS once ts-jest compiles it. Same behaviour.
const typeorm = require('typeorm');

module.exports = { Connection: typeorm.Connection, AbstractRepository: typeorm.AbstractRepository };
