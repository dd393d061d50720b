#!/usr/bin/env node
/**
 * `npm run check:package` (after `npm run build`): the package as npm would
 * publish it.
 *
 *   1. publint --strict: package.json fields against the packed files
 *   2. attw (Are the Types Wrong?), ESM-only profile: every export resolves
 *      to types and JavaScript under node16 and bundler resolution
 *   3. our own rules: each element has its `./standpoint-<name>.js` subpath
 *      and its define module is listed in `sideEffects`; every `exports`
 *      target, `unpkg`/`jsdelivr` and `customElements` is in the tarball;
 *      the tarball holds no maps, tests or sources
 *
 * Prints `N passed, N failed` and records the suite `package`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCounts, recordResults } from './test-results.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function tool(title, command, args) {
  console.log(`\n── ${title}: ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0 ? [] : [`${title} exited with ${result.status ?? result.signal}`];
}

/** The files `npm pack` would put in the tarball, relative to the package root. */
function packedFiles() {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed:\n${result.stderr}`);
  return new Set(JSON.parse(result.stdout)[0].files.map((file) => file.path));
}

function ownRules() {
  console.log('\n── package.json against the build and the tarball');
  const problems = [];
  const files = packedFiles();
  const target = (path) => path.replace(/^\.\//, '');
  const components = readdirSync(join(root, 'src/components'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src/components', entry.name, 'define.ts')))
    .map((entry) => entry.name);
  for (const name of components) {
    const entry = pkg.exports[`./${name}.js`];
    const define = `./dist/components/${name}/define.js`;
    if (entry?.default !== define || entry?.types !== define.replace(/\.js$/, '.d.ts')) {
      problems.push(`exports["./${name}.js"] must be { types: "${define.replace(/\.js$/, '.d.ts')}", default: "${define}" }`);
    }
    if (!pkg.sideEffects.includes('./dist/components/*/define.js') && !pkg.sideEffects.includes(define)) {
      problems.push(`sideEffects does not list ${define}: bundlers would drop the registration`);
    }
    if (!files.has(`dist/cdn/${name}.js`)) problems.push(`dist/cdn/${name}.js (its script-tag bundle) is not in the tarball`);
  }
  const targets = Object.entries(pkg.exports).flatMap(([subpath, value]) =>
    typeof value === 'string' ? [[subpath, value]] : Object.values(value).map((path) => [subpath, path]),
  );
  for (const [subpath, path] of targets) {
    if (path.includes('*')) {
      const prefix = target(path).split('*')[0];
      if (![...files].some((file) => file.startsWith(prefix))) problems.push(`exports["${subpath}"]: nothing under ${prefix} is packed`);
    } else if (!files.has(target(path))) {
      problems.push(`exports["${subpath}"] → ${path} is not in the tarball`);
    }
  }
  for (const field of ['main', 'types', 'unpkg', 'jsdelivr', 'customElements']) {
    if (pkg[field] && !files.has(target(pkg[field]))) problems.push(`"${field}": ${pkg[field]} is not in the tarball`);
  }
  for (const file of files) {
    if (/\.map$|(^|\/)(src|tests|stories)\/|\.test\./.test(file)) problems.push(`${file} should not be published`);
  }
  if (pkg.dependencies?.lit === undefined) problems.push('lit must be a dependency (one copy, shared with the app)');
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  if (problems.length === 0) console.log(`  ✓ ${components.length} elements, ${targets.length} export targets, ${files.size} packed files`);
  return problems;
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const checks = [
  () => tool('publint', bin('publint'), ['--strict']),
  () => tool('attw', bin('attw'), ['--pack', '.', '--profile', 'esm-only']),
  ownRules,
];
let passed = 0;
let failed = 0;
for (const check of checks) {
  let problems;
  try {
    problems = check();
  } catch (error) {
    problems = [error.message];
  }
  if (problems.length === 0) passed += 1;
  else {
    failed += 1;
    for (const problem of problems) console.error(`✗ ${problem}`);
  }
}
recordResults('package', { passed, failed });
console.log(`\n${formatCounts({ passed, failed })}`);
process.exit(failed > 0 ? 1 : 0);
