#!/usr/bin/env node
/**
 * The whole build, in order:
 *   1. empty dist/
 *   2. rollup (rollup.config.mjs): npm modules + declarations, then the CDN files
 *   3. dist/feed.schema.json from the valibot FeedSchema (the built module)
 *   4. custom-elements.json (`npm run analyze`), then the typings generated
 *      from it: dist/jsx/{react,preact}.d.ts and dist/vscode.html-custom-data.json
 *   5. dist/cdn/integrity.json: SRI hashes of every file in dist/cdn (the loader
 *      carries those of the files it loads; rollup.config.mjs writes them in and
 *      lists them in dist/cdn/delivery.json)
 *   6. a size table of the CDN files (min / gzip / brotli, kB = 1000 bytes,
 *      as size-limit counts), with lit alone as a yardstick
 *   7. README.md: the CDN addresses pinned to this version with their
 *      `integrity` hashes, and the size table, between marker comments
 *   8. dist/docs/*.html: the guides as web pages, for the embed builder's links
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acquireBuildLock } from './build-lock.mjs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { writeGuides } from './guides.mjs';
import { updateReadme } from './readme-sync.mjs';
import { writeTypings } from './typings.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = performance.now();

function step(name, run) {
  const start = performance.now();
  return Promise.resolve(run()).then((value) => {
    console.log(`✓ ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
    return value;
  });
}

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'))
    .sort();
}

const releaseLock = await acquireBuildLock(root);
process.on('exit', releaseLock);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

await step('clean dist/', () => rmSync(dist, { recursive: true, force: true }));

/**
 * The two halves of rollup.config.mjs in two processes: the npm build spends
 * its time in the TypeScript checker, the CDN builds in terser, and the
 * machines here have two cores. Their logs are printed after each finishes so
 * they do not interleave.
 */
function rollupHalf(half) {
  return new Promise((resolveHalf, rejectHalf) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--configOnly', half], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', rejectHalf);
    child.on('exit', (code) => {
      process.stdout.write(log.replace(/\n+$/, '\n'));
      if (code === 0) resolveHalf(undefined);
      else rejectHalf(new Error(`rollup (${half}) exited with ${code}`));
    });
  });
}

await step('rollup', async () => {
  const results = await Promise.allSettled([rollupHalf('npm'), rollupHalf('cdn')]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}).catch((error) => fail(error.message));

await step('dist/feed.schema.json', async () => {
  const { toJsonSchema } = await import('@valibot/to-json-schema');
  const { FeedSchema } = await import(pathToFileURL(join(dist, 'feed/schema.js')).href);
  // `input`: the schema describes what a feed author writes (an id may be a
  // number), not what the validator hands back. URL schemes, dates and the
  // version come from each field's `metadata` (a `pattern` or an `enum`), so
  // the schema refuses what the validator refuses. An optional field may be
  // null, which the validator reads as absent.
  const schema = toJsonSchema(FeedSchema, {
    target: 'draft-07',
    typeMode: 'input',
    errorMode: 'ignore',
    overrideSchema: ({ valibotSchema, jsonSchema }) =>
      valibotSchema.type === 'optional' ? { anyOf: [jsonSchema, { type: 'null' }] } : undefined,
  });
  const { $schema, ...rest } = schema;
  const document = {
    $schema,
    $id: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/feed.schema.json`,
    title: 'Standpoint feed',
    description:
      'A JSON Feed 1.1 document whose items are standpoints; what JSON Feed has no field for lives in each item\'s `_standpoint` extension. Generated from the valibot schema in src/feed/schema.ts.',
    ...rest,
  };
  writeFileSync(join(dist, 'feed.schema.json'), `${JSON.stringify(document, null, 2)}\n`);
}).catch((error) => fail(`feed.schema.json: ${error.stack ?? error}`));

await step('custom-elements.json', () => {
  const result = spawnSync('npm', ['run', '--silent', 'analyze'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) fail(`npm run analyze exited with ${result.status}\n${result.stdout}`);
  if (!existsSync(join(root, 'custom-elements.json'))) fail('npm run analyze wrote no custom-elements.json');
});

await step('JSX typings and VS Code custom data', () =>
  writeTypings({
    root,
    distDir: dist,
    manifestPath: join(root, 'custom-elements.json'),
    homepage: 'https://www.npmjs.com/package/standpoint-widgets',
  }),
).catch((error) => fail(`typings: ${error.stack ?? error}`));

await step('dist/docs: the guides as pages', () => writeGuides(root, dist)).catch((error) => fail(`guides: ${error.stack ?? error}`));

const cdnFiles = existsSync(cdn) ? filesUnder(cdn) : [];
for (const needed of ['standpoint-widgets.js', 'standpoint-widgets.bundle.js', 'delivery.json']) {
  if (!cdnFiles.includes(needed)) fail(`dist/cdn/${needed} was not built`);
}

await step('dist/cdn/integrity.json', () => {
  const integrity = Object.fromEntries(
    cdnFiles.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(cdn, file))).digest('base64')}`]),
  );
  writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  // The loader checks each file against the hash the build wrote into it: a file written again
  // by a later build (or changed after) would be refused on every page.
  const { integrity: carried } = JSON.parse(readFileSync(join(cdn, 'delivery.json'), 'utf8'));
  const stale = Object.keys(carried).filter((file) => carried[file] !== integrity[file]);
  if (stale.length) throw new Error(`the loader carries hashes that no longer match: ${stale.join(', ')}`);
}).catch((error) => fail(`integrity: ${error.message}`));

/** Sizes as size-limit measures them: brotli at quality 11, gzip at level 9. */
function measure(code) {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * lit alone (LitElement, html, css, the decorators), bundled and minified
 * exactly as our bundles are: the yardstick for the size table.
 */
async function litAloneSize() {
  const [{ rollup }, { nodeResolve }, { default: terser }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
    import('@rollup/plugin-terser'),
  ]);
  const entry = 'export { LitElement, html, css, nothing } from "lit"; export { property, state } from "lit/decorators.js";';
  const bundle = await rollup({
    input: 'lit-alone',
    plugins: [
      { name: 'lit-alone', resolveId: (id) => (id === 'lit-alone' ? id : null), load: (id) => (id === 'lit-alone' ? entry : null) },
      nodeResolve({ browser: true, rootDir: root }),
      terser({ ecma: 2021, module: true }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return measure(Buffer.from(output[0].code));
}

const sizes = await step('sizes', async () => {
  // The whole library first, then each widget, then lazy chunks.
  // The loader, the whole library, the per-widget loaders, the shared chunks, each widget alone, lazy chunks.
  const rank = (file) =>
    file === 'standpoint-widgets.js'
      ? 0
      : file.startsWith('standpoint-widgets')
        ? 1
        : !file.startsWith('chunks/')
          ? 2
          : file.endsWith('.alone.js')
            ? 4
            : file === 'chunks/dompurify.js'
              ? 5
              : 3;
  const files = cdnFiles
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((file) => ({ file: `dist/cdn/${file}`, ...measure(readFileSync(join(cdn, file))) }));
  return { files, lit: await litAloneSize() };
}).catch((error) => fail(`sizes: ${error.stack ?? error}`));

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [...sizes.files, { file: '(lit alone, for comparison)', ...sizes.lit }].map((entry) => [
  entry.file,
  kB(entry.min),
  kB(entry.gzip),
  kB(entry.brotli),
]);
const header = ['file', 'min', 'gzip', 'brotli'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
for (const row of rows) console.log(line(row));

await step('README.md: CDN version, integrity and sizes', () => {
  const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
  const limits = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
  const path = join(root, 'README.md');
  const before = readFileSync(path, 'utf8');
  const after = updateReadme(before, { version: pkg.version, integrity, sizes, limits });
  if (after !== before) writeFileSync(path, after);
}).catch((error) => fail(`README.md: ${error.message}`));

console.log(`\nBuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
