// The real-producer corpus (../shared/corpus): every file through the CLI's reader with its expected verdict,
// the two readers compared, a time bound per file (test/corpus). One worker: CPU time per file is measured.
/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/corpus/**/*.corpus.test.ts'],
  testEnvironment: 'node',
  maxWorkers: 1,
  // Whole-run ceiling (the per-file bound is asserted by the test itself).
  testTimeout: 120_000,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', verbatimModuleSyntax: false } }],
  },
  reporters: ['default', ['<rootDir>/scripts/jest-summary-reporter.cjs', { label: 'corpus' }]],
};
