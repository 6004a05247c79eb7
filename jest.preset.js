const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // Nest 11's jwt, passport and typeorm adapters ship as ES modules: let ts-jest compile them.
  transformIgnorePatterns: ['node_modules/(?!(@nestjs/(jwt|passport|typeorm))/)'],
  moduleNameMapper: { 'typeorm-compat\\.js$': join(__dirname, 'tools/jest/typeorm-compat.cjs') },
};
