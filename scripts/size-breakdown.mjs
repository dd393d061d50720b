#!/usr/bin/env node
/**
 * `npm run size:why [entry…]`: where the bytes of a script-tag bundle come
 * from. Builds the entry (`standpoint-counter`, `standpoint-widgets`, …; all
 * of them without arguments) exactly as rollup.config.mjs does, with a source
 * map, and charges every minified byte to the source file (or npm package) it
 * came from, grouped as lit, valibot, feed layer, shared element code,
 * interface strings and the widget's own code.
 *
 * Compressed sizes do not add up part by part (brotli finds repeats across
 * parts), so each group is shown by its minified bytes, its share of the
 * minified bundle, and that share applied to the bundle's brotli size: an
 * estimate, good enough to see which part to work on.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlib, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The group a source belongs to, from its path in the source map. */
export function groupOf(source) {
  const path = source.replace(/\\/g, '/');
  const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (packageName) {
    if (/^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/.*)$/.test(packageName)) return 'lit';
    if (packageName === 'tslib') return 'lit';
    return packageName;
  }
  const inSrc = /(?:^|\/)src\/(.*)$/.exec(path)?.[1] ?? path;
  if (inSrc.startsWith('feed/')) return 'feed layer (loader, valibot schema, salvaging validator)';
  if (inSrc.startsWith('i18n/en') || inSrc.startsWith('i18n/uk')) return 'interface strings (en, uk)';
  if (inSrc.startsWith('components/')) return `widget: ${inSrc.split('/')[1]}`;
  return 'shared element code (base, controller, styles, i18n helpers)';
}

const brotli = (text) => brotliCompressSync(text, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The groups of one CDN build (an entry of rollup.config.mjs): `{ name, total, brotli, groups: [[group, minBytes]…] }`. */
export async function breakdown(build) {
  const bundle = await rollup({ ...build, onwarn() {} });
  const { output } = await bundle.generate({ ...build.output, sourcemap: true, sourcemapExcludeSources: true });
  await bundle.close();
  const entry = /** @type {import('rollup').OutputChunk | undefined} */ (output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry));
  if (!entry) throw new Error(`${build.output.file}: rollup wrote no entry chunk`);
  const lines = entry.code.split('\n');
  const mappings = [];
  // The map as JSON text (rollup's SourceMap writes itself so), which SourceMapConsumer reads.
  const consumer = await new SourceMapConsumer(String(entry.map));
  consumer.eachMapping((mapping) => mappings.push(mapping));
  consumer.destroy?.();
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const bytes = new Map();
  let mapped = 0;
  mappings.forEach((mapping, index) => {
    const next = mappings[index + 1];
    const line = lines[mapping.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : line.length;
    const length = Math.max(0, end - mapping.generatedColumn);
    const group = mapping.source ? groupOf(mapping.source) : 'unmapped (banner, glue)';
    bytes.set(group, (bytes.get(group) ?? 0) + length);
    mapped += length;
  });
  const total = entry.code.length;
  if (total > mapped) bytes.set('unmapped (banner, glue)', (bytes.get('unmapped (banner, glue)') ?? 0) + total - mapped);
  return { name: entry.name, total, brotli: brotli(entry.code), groups: [...bytes].sort((a, b) => b[1] - a[1]) };
}

/** The script-tag builds of rollup.config.mjs, by entry name (`standpoint-counter`, …); read from the repository root. */
export async function cdnBuilds() {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const configs = (await import(new URL('../rollup.config.mjs', import.meta.url).href)).default({ configOnly: 'cdn' });
    return new Map(
      configs
        // The self-contained files, by the element they serve: `standpoint-widgets` is the bundle
        // (standpoint-widgets.bundle.js), `standpoint-counter` the counter alone
        // (chunks/standpoint-counter.alone.js). The loaders (written from what these builds
        // measured) and the shared chunks (many entries) are not broken down.
        .filter((build) => typeof build.input === 'object' && !Array.isArray(build.input) && Object.keys(build.input).length === 1)
        .filter((build) => !build.plugins.some((plugin) => plugin?.name === 'delivery-manifest'))
        .map((build) => [Object.keys(build.input)[0].replace(/^chunks\//, '').replace(/\.(?:alone|bundle)$/, ''), build]),
    );
  } finally {
    process.chdir(previous);
  }
}

const kB = (value) => `${(value / 1000).toFixed(1)} kB`;

async function main(wanted) {
  const builds = await cdnBuilds();
  const unknown = wanted.filter((name) => !builds.has(name));
  if (unknown.length > 0) {
    console.error(`No such entry: ${unknown.join(', ')}. Entries: ${[...builds.keys()].join(', ')}`);
    process.exit(1);
  }
  process.chdir(root);
  for (const name of wanted.length ? wanted : builds.keys()) {
    const { total, brotli: compressed, groups } = await breakdown(builds.get(name));
    console.log(`\n${name} (${builds.get(name).output.entryFileNames.replace('[name]', Object.keys(builds.get(name).input)[0])}): ${kB(total)} min, ${kB(compressed)} brotli`);
    for (const [group, size] of groups) {
      const share = size / total;
      console.log(`  ${kB(size).padStart(9)} min  ${`${(share * 100).toFixed(1)}%`.padStart(6)}  ≈${kB(share * compressed).padStart(8)} brotli  ${group}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
