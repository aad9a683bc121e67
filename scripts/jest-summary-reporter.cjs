// Prints one closing line per jest run, so CI logs end with a figure that is easy to find and compare.
class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.label = options.label ?? 'jest';
  }

  onRunComplete(_contexts, r) {
    const status = r.numFailedTests + r.numFailedTestSuites + r.numRuntimeErrorTestSuites === 0 ? 'PASS' : 'FAIL';
    console.log(
      `\n[${this.label}] ${status}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ` +
        `${r.numPendingTests + r.numTodoTests} skipped, ${r.numTotalTests} tests in ${r.numTotalTestSuites} suites` +
        (r.numRuntimeErrorTestSuites > 0 ? ` (${r.numRuntimeErrorTestSuites} suites failed to run)` : ''),
    );
  }
}
module.exports = SummaryReporter;
