/**
 * Prints one closing line any CI can read — "unit: 657 passed, 0 failed" — after Jest's own
 * summary. Jest's "Tests: 657 passed, 657 total" does not say how many failed in a fixed form.
 */
class PlainSummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.label = options.label ?? "tests";
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${this.label}: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    process.stdout.write(`${skipped > 0 ? `${line}, ${skipped} skipped` : line}\n`);
  }
}

module.exports = PlainSummaryReporter;
