#!/usr/bin/env node
/**
 * `npm run size`: every script-tag bundle against its brotli budget in
 * .size-limit.json, checked by size-limit itself (after `npm run build`).
 * Prints min / gzip / brotli per file, one pass or fail per budget and the
 * `N passed, N failed` line; records the suite `size`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlib, brotliCompressSync, gzipSync } from 'node:zlib';
import { formatCounts, recordResults } from './test-results.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const checks = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));

/**
 * The one file a budget's path names. The shared chunks carry a content hash
 * (`dist/cdn/chunks/core-*.js`); a pattern must match exactly one file.
 */
function builtFile(path) {
  if (!path.includes('*')) return existsSync(join(root, path)) ? path : undefined;
  const folder = path.slice(0, path.lastIndexOf('/'));
  const pattern = new RegExp(`^${path.slice(folder.length + 1).replace(/[.]/g, '\\.').replace('*', '[\\w-]+')}$`);
  const found = existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((name) => pattern.test(name)) : [];
  return found.length === 1 ? `${folder}/${found[0]}` : undefined;
}

const missing = checks.filter((check) => !builtFile(check.path));
if (missing.length > 0) {
  console.error(`Not built: ${missing.map((check) => check.path).join(', ')} (run \`npm run build\` first).`);
  recordResults('size', { passed: 0, failed: checks.length });
  console.log(formatCounts({ passed: 0, failed: checks.length }));
  process.exit(1);
}

const run = spawnSync(join(root, 'node_modules/.bin/size-limit'), ['--json'], { cwd: root, encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  console.error(`size-limit printed no result (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  recordResults('size', { passed: 0, failed: checks.length });
  console.log(formatCounts({ passed: 0, failed: checks.length }));
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = checks.map((check) => {
  const result = results.find((entry) => entry.name === check.name);
  const file = builtFile(check.path);
  const code = readFileSync(join(root, file));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  // size-limit's own verdict and size; ours must agree with it, or the table would lie.
  const passed = Boolean(result?.passed) && result.size === brotli;
  return { check, passed, cells: [file, kB(code.length), kB(gzip), kB(result?.size ?? brotli), check.limit, passed ? 'ok' : 'OVER BUDGET'] };
});

const header = ['file', 'min', 'gzip', 'brotli', 'budget', ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row.cells[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row.cells));

const counts = { passed: rows.filter((row) => row.passed).length, failed: rows.filter((row) => !row.passed).length };
for (const row of rows.filter((entry) => !entry.passed)) console.error(`✗ ${row.check.name}: over its budget of ${row.check.limit} (brotli)`);
recordResults('size', counts);
console.log(`\n${formatCounts(counts)}`);
process.exit(counts.failed > 0 ? 1 : 0);
