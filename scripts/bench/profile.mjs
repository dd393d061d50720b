#!/usr/bin/env node
/**
 * Where a widget's first render spends its time: the DevTools CPU profiler
 * (sampling every 50 µs) over the render measurement of scripts/bench/
 * (fresh page, feed in memory, from the element created to the page laid
 * out), on the npm modules of dist/ rather than the minified script-tag
 * bundle, so that the functions keep their names. Prints, per widget, the
 * functions with the most self time and with the most total time (the
 * library's own code; Lit's production build is minified either way).
 *
 *   node scripts/bench/profile.mjs [--runs=10] [--top=25] [tag…]
 *
 * A tool for finding what to make faster; timing goals stay in `npm run bench`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { startStaticServer } from '../../bin/static-server.mjs';
import { chromiumPath } from '../chromium.mjs';
import { launch } from './cdp.mjs';
import { openHarness, specFor, WIDGETS } from './render.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 10);
const top = Number(process.argv.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 25);
const tags = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

/** The bare imports of dist/'s modules, mapped onto node_modules (production builds). */
const IMPORTS = {
  lit: '/node_modules/lit/index.js',
  'lit/': '/node_modules/lit/',
  'lit-html': '/node_modules/lit-html/lit-html.js',
  'lit-html/': '/node_modules/lit-html/',
  'lit-element/': '/node_modules/lit-element/',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
  '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  valibot: '/node_modules/valibot/dist/index.mjs',
  dompurify: '/node_modules/dompurify/dist/purify.es.mjs',
  leven: '/node_modules/leven/index.js',
};

// The render harness, its bundle replaced by dist/define.js (entry `../define` from /dist/cdn/).
const page = readFileSync(join(root, 'scripts/bench/pages/render.html'), 'utf8').replace(
  /<script type="importmap">.*?<\/script>/s,
  `<script type="importmap">${JSON.stringify({ imports: IMPORTS })}</script>`,
);
const feed = readFileSync(join(root, 'demo/sample-feed.json'), 'utf8');

const server = await startStaticServer({
  mounts: [
    ['/dist/', join(root, 'dist')],
    ['/node_modules/', join(root, 'node_modules')],
    ['/bench/', join(root, 'scripts/bench/pages')],
  ],
  baseHeaders: { 'Cache-Control': 'no-store' },
  route(_request, response, path) {
    if (path === '/bench/profile.html') return Boolean(response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
    if (path === '/feeds/sample.json') return Boolean(response.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(feed));
    return false;
  },
});

const browser = await launch(chromiumPath());
try {
  for (const tag of tags.length ? tags : WIDGETS) {
    const self = new Map();
    const total = new Map();
    let renderMs = 0;
    for (let run = 0; run < runs; run += 1) {
      const tab = await browser.newPage();
      await openHarness(tab, `${server.origin}/bench/profile.html?impl=widget&entry=../define&preload=/feeds/sample.json`);
      await tab.send('Profiler.enable');
      await tab.send('Profiler.setSamplingInterval', { interval: 50 });
      await tab.send('Profiler.start');
      renderMs += await tab.evaluate((specs) => window.bench.render(specs), [specFor(tag, '/feeds/sample.json')]);
      const { profile } = await tab.send('Profiler.stop');
      add(profile, self, total);
      await tab.close();
    }
    console.log(`\n<${tag}>: render ${(renderMs / runs).toFixed(1)} ms on average over ${runs} runs (profiler on)`);
    print('self', self, runs);
    print('total', total, runs);
  }
} finally {
  await browser.close();
  await server.close();
}

/** Adds a profile's samples to self and total milliseconds per function (a function counted once per sample however deep it recurses). */
function add(profile, self, total) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(server.origin, '').replace(/^\/node_modules\//, '');
    return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
  };
  for (let index = 0; index < profile.samples.length; index += 1) {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    let node = nodes.get(profile.samples[index]);
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set();
    while (node) {
      const key = name(node);
      if (!seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
      node = nodes.get(parent.get(node.id));
    }
  }
}

function print(kind, times, count) {
  console.log(`  most ${kind} time (ms per render):`);
  const rows = [...times].filter(([key]) => !/^\((root|program|idle)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, ms] of rows) console.log(`    ${(ms / count).toFixed(2).padStart(7)}  ${key}`);
}
