#!/usr/bin/env node
/**
 * `npm run check:package` (after `npm run build`): the package as npm would
 * publish it.
 *
 *   1. publint --strict: package.json fields against the packed files
 *   2. attw (Are the Types Wrong?), ESM-only profile: every export resolves
 *      to types and JavaScript under node16 and bundler resolution
 *   3. custom-elements.json against the Custom Elements Manifest schema
 *      (the `custom-elements-manifest` package's), every module path in it a
 *      packed file, each element registered by a `custom-element-definition`
 *   4. our own rules: each element has its `./standpoint-<name>` subpath, with
 *      and without `.js` like every other module subpath, and its define
 *      module is listed in `sideEffects`; every `exports`
 *      target, `unpkg`/`jsdelivr` and `customElements` is in the tarball;
 *      the tarball holds no maps, tests or sources
 *   5. the package root exports exactly the names README.md lists under
 *      "What the package root exports" (its JavaScript and its declarations:
 *      a name there is a promise to users, so none may slip in unlisted),
 *      and `standpoint-widgets/define` and `/feed` no name beyond them
 *
 * Prints `N passed, N failed` and records the suite `package`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
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
    const define = `./dist/components/${name}/define.js`;
    for (const subpath of [`./${name}`, `./${name}.js`]) {
      const entry = pkg.exports[subpath];
      if (entry?.default !== define || entry?.types !== define.replace(/\.js$/, '.d.ts')) {
        problems.push(`exports["${subpath}"] must be { types: "${define.replace(/\.js$/, '.d.ts')}", default: "${define}" }`);
      }
    }
    if (!pkg.sideEffects.includes('./dist/components/*/define.js') && !pkg.sideEffects.includes(define)) {
      problems.push(`sideEffects does not list ${define}: bundlers would drop the registration`);
    }
    if (!files.has(`dist/cdn/${name}.js`)) problems.push(`dist/cdn/${name}.js (its script-tag bundle) is not in the tarball`);
  }
  // Module subpaths work with and without `.js`, each spelling the same target.
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'string' || subpath === '.') continue;
    const twin = subpath.endsWith('.js') ? subpath.slice(0, -3) : `${subpath}.js`;
    if (JSON.stringify(pkg.exports[twin]) !== JSON.stringify(value)) problems.push(`exports["${subpath}"] has no twin exports["${twin}"] with the same target`);
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
  for (const field of ['main', 'types', 'unpkg', 'jsdelivr', 'customElements', 'web-types']) {
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

/** custom-elements.json: valid against its schema, pointing at what is published, each element defined. */
function manifestRules() {
  console.log('\n── custom-elements.json against the Custom Elements Manifest schema and the tarball');
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
  const problems = [];
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(manifest)) {
    for (const error of (validate.errors ?? []).slice(0, 20)) problems.push(`schema: ${error.instancePath || '(root)'} ${error.message}`);
  }
  const files = packedFiles();
  const modules = new Set(manifest.modules.map((module) => module.path));
  for (const path of modules) if (!files.has(path)) problems.push(`module path ${path} is not in the tarball`);
  const references = JSON.stringify(manifest.modules).matchAll(/"module":"([^"]+)"/g);
  for (const [, path] of references) if (!modules.has(path)) problems.push(`a reference names module ${path}, which the manifest does not list`);
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => declaration.tagName));
  const defined = new Set(manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name)));
  for (const tag of elements) if (!defined.has(tag)) problems.push(`<${tag}> has no custom-element-definition export`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  if (problems.length === 0) console.log(`  ✓ schema ${manifest.schemaVersion}, ${modules.size} modules, ${defined.size} definitions, all paths published`);
  return problems;
}

/** README.md's list of the root's exports: each name, and whether its row's kind is `type` (no JavaScript value). */
function readmeRootExports() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /<!-- root-exports:start -->([\s\S]*?)<!-- root-exports:end -->/.exec(readme)?.[1];
  if (!block) return undefined;
  return block
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => {
      const [, names, kind] = line.split('|').map((cell) => cell.trim());
      return [...names.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map(([, name]) => ({ name, typeOnly: kind === 'type' }));
    });
}

/**
 * Every name a built declaration file exports, types included, as a TypeScript user sees them.
 * @param {string} file
 * @returns {Set<string>}
 */
function declaredExports(file) {
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${file} is no module TypeScript can read`);
  return new Set(checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name));
}

async function rootExportRules() {
  console.log('\n── the package root against the README\'s list of its exports');
  const listed = readmeRootExports();
  if (!listed?.length) return ['README.md has no list between <!-- root-exports:start --> and <!-- root-exports:end -->'];
  const problems = [];
  const runtime = async (path) => new Set(Object.keys(await import(pathToFileURL(join(root, 'dist', path)).href)));
  const compare = (what, actual, expected) => {
    for (const name of actual) if (!expected.has(name)) problems.push(`${what} exports ${name}, which README.md does not list: list it (with why) or keep it internal`);
    for (const name of expected) if (!actual.has(name)) problems.push(`README.md lists ${name}, which ${what} does not export`);
  };
  const values = new Set(listed.filter((entry) => !entry.typeOnly).map((entry) => entry.name));
  const rootValues = await runtime('index.js');
  compare('dist/index.js', rootValues, values);
  compare('dist/index.d.ts', declaredExports(join(root, 'dist/index.d.ts')), new Set(listed.map((entry) => entry.name)));
  compare('dist/define.js', await runtime('define.js'), rootValues);
  for (const name of await runtime('feed/index.js')) if (!rootValues.has(name)) problems.push(`standpoint-widgets/feed exports ${name}, which the root does not: the feed subpath is the root's feed layer, no more`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  if (problems.length === 0) console.log(`  ✓ ${listed.length} names, ${values.size} with a value, as README.md lists them`);
  return problems;
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const checks = [
  () => tool('publint', bin('publint'), ['--strict']),
  () => tool('attw', bin('attw'), ['--pack', '.', '--profile', 'esm-only']),
  manifestRules,
  ownRules,
  rootExportRules,
];
let passed = 0;
let failed = 0;
for (const check of checks) {
  let problems;
  try {
    problems = await check();
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
