/**
 * Every suite (browser tests, Storybook smoke test, consumer tests, …) prints
 * its own `N passed, N failed` line and records its counts here, so that
 * `.ci/run` can close with one line for the whole run:
 *
 *   node scripts/test-results.mjs        prints the total, exits 1 on any failure
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'test-results');

export function formatCounts({ passed, failed, skipped = 0 }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** Records one suite's counts (the last run of a suite replaces the one before). */
export function recordResults(suite, counts) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${suite}.json`), JSON.stringify(counts));
}

export function clearResults() {
  rmSync(folder, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--clear') {
    clearResults();
  } else {
    let files = [];
    try {
      files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
    } catch {
      // no suite ran
    }
    const total = { passed: 0, failed: 0, skipped: 0 };
    for (const file of files) {
      const counts = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      console.log(`  ${file.replace(/\.json$/, '').padEnd(12)} ${formatCounts(counts)}`);
      for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
    }
    if (files.length === 0) total.failed = 1; // a run that ran nothing has not passed
    console.log(`\n${formatCounts(total)}`);
    process.exit(total.failed > 0 ? 1 : 0);
  }
}
