#!/usr/bin/env node
// Scaffolds a workspace library the way every other one is laid out:
//   node tools/generators/library.mjs <dir under libs/> <node|angular> <tag,tag,...>
// e.g. node tools/generators/library.mjs api/careers node scope:careers,type:context,platform:api
// It writes project.json, tsconfig files, jest config and src/index.ts, and adds the
// @cadre/<dir> alias to the root tsconfig.json. It refuses to overwrite anything.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';

const [dir, kind, tagList] = process.argv.slice(2);
if (!dir || !['node', 'angular'].includes(kind) || !tagList) {
  console.error('usage: library.mjs <dir under libs/> <node|angular> <tag,tag,...>');
  process.exit(2);
}
const root = join('libs', dir);
if (existsSync(root)) {
  console.error(`${root} already exists`);
  process.exit(1);
}
const name = dir.replaceAll('/', '-');
const alias = `@cadre/${dir}`;
const up = relative(root, '.');
const tags = tagList.split(',');

const write = (file, content) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(
    join(root, file),
    typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n',
  );
};

write('project.json', {
  name,
  $schema: `${up}/node_modules/nx/schemas/project-schema.json`,
  sourceRoot: `${root}/src`,
  projectType: 'library',
  tags,
  targets: {
    lint: { executor: '@nx/eslint:lint' },
    test: {
      executor: '@nx/jest:jest',
      outputs: [`{workspaceRoot}/coverage/{projectRoot}`],
      options: { jestConfig: `${root}/jest.config.ts` },
    },
  },
});
write('tsconfig.json', {
  extends: `${up}/tsconfig.json`,
  // Angular needs no decorator metadata (Nest does); with isolatedModules ts-jest warns about it.
  compilerOptions:
    kind === 'angular'
      ? { types: ['jest', 'node'], emitDecoratorMetadata: false }
      : { types: ['jest', 'node'] },
  include: ['src/**/*.ts'],
});
write('tsconfig.spec.json', {
  extends: './tsconfig.json',
  compilerOptions: kind === 'angular' ? { isolatedModules: true } : { isolatedModules: true, allowJs: true },
  include: ['src/**/*.ts'],
});
write(
  'jest.config.ts',
  kind === 'angular'
    ? `export default {
  displayName: '${name}',
  preset: '${up}/jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '${up}/coverage/${root}',
  transform: {
    '^.+\\\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\\\.mjs$)'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
`
    : `export default {
  displayName: '${name}',
  preset: '${up}/jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  coverageDirectory: '${up}/coverage/${root}',
};
`,
);
if (kind === 'angular') {
  write(
    'src/test-setup.ts',
    `import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';\n\nsetupZonelessTestEnv();\n`,
  );
}
write('src/index.ts', '');

const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8'));
tsconfig.compilerOptions.paths[alias] = [`${root}/src/index.ts`];
tsconfig.compilerOptions.paths = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync('tsconfig.json', JSON.stringify(tsconfig, null, 2) + '\n');
// Keep the tree as Prettier writes it (npm test checks).
execFileSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', 'tsconfig.json', root], {
  stdio: 'ignore',
});
console.log(`created ${root} (${alias})`);
