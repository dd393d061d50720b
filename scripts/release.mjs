#!/usr/bin/env node
/**
 * The two halves of a release (see CONTRIBUTING.md):
 *
 *   node scripts/release.mjs sync-version   src/version.ts ← package.json's version
 *                                           (run by `npm run version-packages`
 *                                           after `changeset version`)
 *   node scripts/release.mjs publish [--dry-run]
 *                                           `npm run release`: refuses a dirty
 *                                           tree or unversioned changesets, builds,
 *                                           checks that the build changed no
 *                                           committed file, runs every check and
 *                                           suite, then `changeset publish`
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [command, ...flags] = process.argv.slice(2);

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function sh(program, args) {
  console.log(`\n$ ${[program, ...args].join(' ')}`);
  const result = spawnSync(program, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`${program} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

const gitOutput = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();

/** The embed snippet and the CDN URLs in the code name this version (a test compares them). */
function syncVersion() {
  const path = join(root, 'src/version.ts');
  const before = readFileSync(path, 'utf8');
  const after = before.replace(/(export const LIBRARY_VERSION = )'[^']*';/, `$1'${pkg.version}';`);
  if (!/export const LIBRARY_VERSION = '/.test(before)) fail('src/version.ts has no `export const LIBRARY_VERSION = …`');
  if (after !== before) writeFileSync(path, after);
  console.log(`src/version.ts: ${pkg.version}`);
}

function publish({ dryRun }) {
  if (gitOutput('status', '--porcelain')) fail('the working tree has uncommitted changes: commit the version first (see CONTRIBUTING.md)');
  const pending = readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
  if (pending.length > 0) fail(`unversioned changesets (${pending.join(', ')}): run \`npm run version-packages\` and commit first`);

  sh('npm', ['run', 'build']);
  // The build writes README.md (CDN version, integrity, sizes): what is
  // published must be what is committed.
  const changed = gitOutput('status', '--porcelain');
  if (changed) fail(`the build changed committed files; commit them and run again:\n${changed}`);

  sh('npm', ['run', 'typecheck']);
  sh('npm', ['run', 'lint']);
  sh('npm', ['test']);
  sh('npm', ['run', 'size']);
  sh('npm', ['run', 'check:package']);
  sh('npm', ['run', 'test:consumer']);

  if (dryRun) {
    console.log(`\nEverything passed; --dry-run: not publishing ${pkg.name}@${pkg.version}.`);
    return;
  }
  sh(join(root, 'node_modules/.bin/changeset'), ['publish']);
  console.log('\nPublished. Push the commit and its tag: git push --follow-tags');
}

if (command === 'sync-version') syncVersion();
else if (command === 'publish') publish({ dryRun: flags.includes('--dry-run') });
else fail('usage: node scripts/release.mjs sync-version | publish [--dry-run]');
