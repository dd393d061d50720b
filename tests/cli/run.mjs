#!/usr/bin/env node
/**
 * The command-line suite: every `tests/cli/*.test.mjs` under Node's own test
 * runner, then the one line CI reads (`N passed, N failed`) and the suite's
 * counts recorded as `cli` for the closing total of .ci/run.
 *
 *   node tests/cli/run.mjs [files…]     (needs a build: the CLI runs on dist/)
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { formatCounts, recordResults } from '../../scripts/test-results.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.length > 2
  ? process.argv.slice(2).map((file) => resolve(file))
  : readdirSync(here).filter((name) => name.endsWith('.test.mjs')).sort().map((name) => join(here, name));

const counts = { passed: 0, failed: 0, skipped: 0 };
const started = performance.now();
// Two files at a time: the machines have two cores, and the browser tests start Chromium.
const stream = run({ files, concurrency: 2, timeout: 120_000 });
stream.on('test:pass', ({ details, skip, todo }) => {
  if (details.type === 'suite') return;
  if (skip || todo) counts.skipped += 1;
  else counts.passed += 1;
});
stream.on('test:fail', ({ details }) => {
  // A suite fails when a test in it fails (already counted), or when a file
  // cannot load at all: that counts as one failure.
  if (details.type === 'suite' && details.error?.failureType === 'subtestsFailed') return;
  counts.failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolveRun) => stream.on('end', resolveRun));

recordResults('cli', counts);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`\ncli suite: ${files.length} files in ${seconds} s\n${formatCounts(counts)}\n`);
process.exitCode = counts.failed > 0 || counts.passed === 0 ? 1 : 0;
