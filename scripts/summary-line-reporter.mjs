// CI reads "N passed, N failed" alone on the last line. WTR's live terminal swallows console
// output during the run, so the lines are written as the process exits. Above the count, each
// failure is named (file, browser, test, first line of its error): CI keeps only the end of the
// log, and a failure that is counted but not named cannot be diagnosed.
import { relative } from 'node:path';

export function summaryLineReporter() {
  let passed = 0;
  const failures = [];
  const firstLine = (error) =>
    String(error?.message ?? error ?? '')
      .split('\n')[0]
      .slice(0, 300);
  const count = (suite, where, path) => {
    for (const test of suite.tests) {
      if (test.passed) passed++;
      else if (!test.skipped) failures.push(`${where}: ${[...path, test.name].join(' › ')}: ${firstLine(test.error)}`);
    }
    for (const child of suite.suites) count(child, where, [...path, child.name]);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const where = `${relative(process.cwd(), session.testFile)} [${session.browser.name}]`;
        if (session.testResults) count(session.testResults, where, []);
        // A file that failed to load, or broke outside its tests, is a failure, never nothing.
        if (!session.passed && (!session.testResults || session.errors?.length)) {
          const errors = session.errors?.length ? session.errors.map(firstLine).join(' | ') : 'no test results';
          failures.push(`${where}: ${errors}`);
        }
      }
    },
    stop() {
      process.once('exit', () => {
        const named = failures.map((line) => `wtr failed: ${line}\n`).join('');
        process.stdout.write(`\n${named}wtr: ${passed} passed, ${failures.length} failed\n`);
      });
    },
  };
}
