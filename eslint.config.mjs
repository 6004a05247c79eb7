import nx from '@nx/eslint-plugin';

/**
 * One lint configuration for the whole workspace. Module boundaries are real constraints:
 * - platform:web never depends on platform:api (and the reverse);
 * - platform:shared stays framework-free (no Nest, TypeORM or Angular);
 * - type:ui depends only on ui, util, contracts and the commission engine (pure TypeScript
 *   that screens may use for its types and exact decimals);
 * - feature libraries never import one another; apps are never imported.
 */
// Contexts in the order they build on each other: each may use those before it, never after.
const CONTEXT_CHAIN = ['identity', 'talent', 'learning', 'recruitment'];
const WEB_SCOPES = [...CONTEXT_CHAIN, 'mentorship', 'performance', 'compensation', 'careers'];

const depConstraints = [
  { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'] },
  { sourceTag: 'platform:api', onlyDependOnLibsWithTags: ['platform:api', 'platform:shared'] },
  { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'] },
  {
    sourceTag: 'platform:shared',
    bannedExternalImports: ['@nestjs/*', 'typeorm', '@angular/*', 'pg', 'express', 'rxjs'],
  },
  { sourceTag: 'platform:web', bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'express'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  { sourceTag: 'type:engine', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  {
    sourceTag: 'type:ui',
    onlyDependOnLibsWithTags: ['type:ui', 'type:engine', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:core', 'type:engine', 'type:util', 'type:contracts'],
  },
  {
    // Connected components shared by features (an employee picker that searches).
    sourceTag: 'type:widget',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:core', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: [
      'type:widget',
      'type:data-access',
      'type:ui',
      'type:core',
      'type:engine',
      'type:util',
      'type:contracts',
    ],
  },
  {
    sourceTag: 'type:core',
    onlyDependOnLibsWithTags: ['type:core', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:context',
    onlyDependOnLibsWithTags: ['type:core', 'type:context', 'type:engine', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:core', 'type:context', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:seed',
    onlyDependOnLibsWithTags: ['type:core', 'type:context', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:seed',
      'type:feature',
      'type:widget',
      'type:context',
      'type:core',
      'type:ui',
      'type:data-access',
      'type:util',
      'type:contracts',
      'type:engine',
    ],
  },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: [
      'type:testing',
      'type:context',
      'type:core',
      'type:util',
      'type:contracts',
      'type:engine',
    ],
  },
  // Contexts depend one way: recruitment -> talent -> identity -> core -> shared, never back.
  // What a context may take from another is its exported use cases (see docs/architecture.md).
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:core', onlyDependOnLibsWithTags: ['scope:core', 'scope:shared'] },
  ...CONTEXT_CHAIN.map((scope, i) => ({
    sourceTag: `scope:${scope}`,
    onlyDependOnLibsWithTags: [
      ...CONTEXT_CHAIN.slice(0, i + 1).map((s) => `scope:${s}`),
      'scope:core',
      'scope:shared',
    ],
  })),
  // Mentorship stands beside recruitment: both build on learning, neither on the other.
  {
    sourceTag: 'scope:mentorship',
    onlyDependOnLibsWithTags: [
      'scope:mentorship',
      ...CONTEXT_CHAIN.slice(0, CONTEXT_CHAIN.indexOf('learning') + 1).map((s) => `scope:${s}`),
      'scope:core',
      'scope:shared',
    ],
  },
  // Performance stands on identity alone: metrics, targets and credits need people and units.
  {
    sourceTag: 'scope:performance',
    onlyDependOnLibsWithTags: ['scope:performance', 'scope:identity', 'scope:core', 'scope:shared'],
  },
  // Compensation pays from performance's credits and targets, learning's certifications
  // and identity's people: it stands above all three.
  {
    sourceTag: 'scope:compensation',
    onlyDependOnLibsWithTags: [
      'scope:compensation',
      'scope:performance',
      'scope:learning',
      'scope:talent',
      'scope:identity',
      'scope:core',
      'scope:shared',
    ],
  },
  // Careers closes the loop: competencies, learning, mentoring, results and pay all feed
  // readiness and promotions, so it stands above every other context.
  {
    sourceTag: 'scope:careers',
    onlyDependOnLibsWithTags: [
      'scope:careers',
      'scope:compensation',
      'scope:mentorship',
      'scope:recruitment',
      'scope:performance',
      'scope:learning',
      'scope:talent',
      'scope:identity',
      'scope:core',
      'scope:shared',
    ],
  },
  // In the web, a feature or widget talks to its own context's API only; what it needs of
  // another context comes through that context's widgets (choices, pickers, sections).
  ...WEB_SCOPES.flatMap((scope) => [
    {
      allSourceTags: ['type:feature', `scope:${scope}`],
      onlyDependOnLibsWithTags: [
        `data-access:${scope}`,
        'type:widget',
        'type:ui',
        'type:core',
        'type:engine',
        'type:util',
        'type:contracts',
      ],
    },
    {
      // A context's web API talks to its own endpoints only: no wrapping another's.
      allSourceTags: ['type:data-access', `scope:${scope}`],
      onlyDependOnLibsWithTags: [
        `data-access:${scope}`,
        'type:core',
        'type:engine',
        'type:util',
        'type:contracts',
      ],
    },
    {
      allSourceTags: ['type:widget', `scope:${scope}`],
      onlyDependOnLibsWithTags: [
        `data-access:${scope}`,
        'type:ui',
        'type:core',
        'type:util',
        'type:contracts',
      ],
    },
  ]),
];

// Tests may also use the testing library (factories, test databases).
const testDepConstraints = depConstraints.map((c) =>
  c.onlyDependOnLibsWithTags && ['type:context', 'type:core', 'type:seed'].includes(c.sourceTag)
    ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] }
    : c.onlyDependOnLibsWithTags && c.sourceTag?.startsWith('scope:')
      ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'scope:testing'] }
      : c,
);

const boundaries = (constraints, checkDynamicDependenciesExceptions = []) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: [],
    banTransitiveDependencies: true,
    depConstraints: constraints,
    checkDynamicDependenciesExceptions,
  },
];

// The app lazy-loads features; its tests may import their dictionaries directly (the
// translation checks read every feature's words), which bundles nothing.
const FEATURES_WITH_WORDS = [
  '@cadre/web/careers/feature-career',
  '@cadre/web/compensation/feature-pay',
  '@cadre/web/compensation/feature-simulator',
  '@cadre/web/identity/feature-admin',
  '@cadre/web/identity/feature-home',
  '@cadre/web/identity/feature-login',
  '@cadre/web/identity/feature-profile',
  '@cadre/web/learning/feature-learning',
  '@cadre/web/mentorship/feature-mentoring',
  '@cadre/web/performance/feature-performance',
  '@cadre/web/recruitment/feature-pipeline',
  '@cadre/web/talent/feature-library',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/node_modules',
      '**/.angular',
      '**/test-results',
      '**/playwright-report',
    ],
  },
  ...nx.configs['flat/angular'].map((config) => ({
    ...config,
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
  })),
  ...nx.configs['flat/angular-template'].map((config) => ({
    ...config,
    files: ['apps/web/**/*.html', 'libs/web/**/*.html'],
  })),
  {
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'cadre', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'cadre', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
    },
  },
  {
    // A context's entity classes are exported for one purpose: another context's entity
    // declaring a foreign key to it. Reading or writing through them is reaching into the
    // context's tables; ask its service. The demo seed loads every context by design.
    files: ['libs/api/**/*.ts'],
    ignores: ['**/*.entity.ts', 'libs/api/demo-data/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cadre/api/*'],
              importNamePattern: 'Entity$',
              message:
                "Another context's entity is for foreign keys in *.entity.ts only; call that context's exported service instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // Benchmarks and scripts report to the terminal.
    files: ['tools/**/*.ts', 'tools/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(testDepConstraints, FEATURES_WITH_WORDS) },
  },
];
