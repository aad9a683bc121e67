// Browser tests: the built dist/ served locally and opened in Debian's Chromium through playwright-core.
// One worker: a browser per test file is heavy on a shared 2-core machine.
/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testEnvironment: 'node',
  maxWorkers: 1,
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/e2e/global-setup.cjs',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', verbatimModuleSyntax: false } }],
  },
  reporters: ['default', ['<rootDir>/scripts/jest-summary-reporter.cjs', { label: 'e2e' }]],
};
