// Prints one closing line per jest run and keeps its counts in test-results/, so that `npm test` can end with
// one total line ('N passed, N failed, N skipped') over the unit and browser runs.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.label = options.label ?? 'jest';
  }

  onRunComplete(_contexts, r) {
    const counts = {
      passed: r.numPassedTests,
      failed: r.numFailedTests + r.numRuntimeErrorTestSuites,
      skipped: r.numPendingTests + r.numTodoTests,
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync(join('test-results', `summary-${this.label}.json`), JSON.stringify(counts));
    const status = r.numFailedTests + r.numFailedTestSuites + r.numRuntimeErrorTestSuites === 0 ? 'PASS' : 'FAIL';
    console.log(
      `\n[${this.label}] ${status}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ` +
        `${r.numPendingTests + r.numTodoTests} skipped, ${r.numTotalTests} tests in ${r.numTotalTestSuites} suites` +
        (r.numRuntimeErrorTestSuites > 0 ? ` (${r.numRuntimeErrorTestSuites} suites failed to run)` : ''),
    );
  }
}
module.exports = SummaryReporter;
