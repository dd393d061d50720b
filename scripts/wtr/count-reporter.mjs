import { formatCounts, recordResults } from '../test-results.mjs';
/**
 * Prints the one line CI reads, after the default reporter's summary:
 *
 *   N passed, N failed[, N skipped]
 *
 * counted from the session data of the last test run. A test file that failed
 * to load (syntax error, failed import, error outside a test) is a session
 * that did not pass without a failed test: it counts as one failed.
 */
export function countResults(sessions) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const session of sessions) {
    let failedHere = 0;
    const visit = (suite) => {
      for (const test of suite.tests ?? []) {
        if (test.skipped) skipped += 1;
        else if (test.passed) passed += 1;
        else failedHere += 1;
      }
      for (const child of suite.suites ?? []) visit(child);
    };
    if (session.testResults) visit(session.testResults);
    if (failedHere === 0 && session.passed === false) failedHere = 1;
    failed += failedHere;
  }
  return { passed, failed, skipped };
}

export function countSummary(sessions) {
  return formatCounts(countResults(sessions));
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter({ suite = 'browser' } = {}) {
  let line;
  let printed = false;
  const print = () => {
    if (line === undefined || printed) return;
    printed = true;
    // Written straight to stdout (synchronous for files and pipes on Linux),
    // with a newline before it so it stands alone after any progress output.
    process.stdout.write(`\n${line}\n`);
  };
  return {
    onTestRunFinished({ sessions }) {
      line = countSummary(sessions);
      recordResults(suite, countResults(sessions));
    },
    stop({ sessions }) {
      if (sessions?.length) {
        line = countSummary(sessions);
        recordResults(suite, countResults(sessions));
      }
      // Printed on exit, so it comes after everything the default reporter writes.
      process.once('exit', print);
    },
  };
}
