// Unit, adapter and UI tests. Type checking is `npm run typecheck`'s job; ts-jest only transpiles (isolatedModules)
// so tests stay fast. Browser tests (test/e2e) and the corpus (test/corpus) have their own configs:
// jest.e2e.config.cjs, jest.corpus.config.cjs.
/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/corpus/'],
  testEnvironment: 'node',
  // The compiled CLI (build/cli) that test/cli/spawn.test.ts runs and the reading worker threads load.
  globalSetup: '<rootDir>/test/support/build-cli.cjs',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', verbatimModuleSyntax: false } }],
  },
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/support/file-stub.cjs',
  },
  reporters: ['default', ['<rootDir>/scripts/jest-summary-reporter.cjs', { label: 'unit' }]],
};
