// CI reads "N passed, N failed" alone on the last line. WTR's live terminal swallows console
// output during the run, so the line is written as the process exits.
export function summaryLineReporter() {
  let passed = 0;
  let failed = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.passed) passed++;
      else if (!test.skipped) failed++;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load ran no tests: count it as a failure, never as nothing.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed++;
      }
    },
    stop() {
      process.once('exit', () => process.stdout.write(`\nwtr: ${passed} passed, ${failed} failed\n`));
    },
  };
}
