#!/usr/bin/env node
/**
 * `npm run bench` (full, writes BENCHMARKS.md) and `npm run bench:quick`
 * (few iterations, a short idle window; for CI). Measures the built bundles
 * in headless Chromium on 127.0.0.1 against hand-written baselines, prints
 * the tables and `N passed, N failed` for the checks that each measurement
 * really ran, and records them as the suite `bench`.
 *
 *   node scripts/bench/run.mjs [--quick] [--only=render,scale,large,worst,update,page,delivery,idle,lighthouse] [--reference=<dist folder>]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCounts, recordResults } from '../test-results.mjs';
import { launch } from './cdp.mjs';
import { measureDelivery } from './delivery.mjs';
import { snapshotDist } from './dist.mjs';
import { DEMANDS, NAMES, REFRESHED_DEMAND, refreshed, sampleFeed, withDemands, withSignatories } from './feeds.mjs';
import { measureIdle } from './idle.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { demandsCase, measureNames, measureWorstCase } from './large.mjs';
import { measurePageLoad, REFERENCE_VARIANT, VARIANTS } from './page-load.mjs';
import { measureParse, measureRender, openHarness, pageUrl, renderCases, specFor, WIDGETS } from './render.mjs';
import { renderReport } from './report.mjs';
import { measureScale } from './scale.mjs';
import { startServer } from './server.mjs';
import { measureSizes } from './sizes.mjs';
import { measureUpdate } from './update.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
/** Another build's dist/ (e.g. main's, copied aside) whose throttled page load is measured beside this one's. */
const reference = process.argv.find((arg) => arg.startsWith('--reference='))?.slice('--reference='.length);
const wanted = (suite) => !only || only.includes(suite);

/**
 * Iterations: enough for stable medians in a full run, enough to prove it
 * works in a quick one (which loads the throttled page with fallback
 * content and with a reserved height only: the other two variants take the
 * same code path).
 */
const PLAN = quick
  ? { renderRuns: 2, scaleRuns: 1, namesRuns: 1, showAllRuns: 1, demandsRuns: 1, worstRuns: 1, updateRuns: 1, pageLoadRuns: 1, deliveryRuns: 1, pageVariants: VARIANTS.filter((variant) => /^(fallback content|a reserved height)$/.test(variant.name)), idleMs: 2_000 }
  : { renderRuns: 21, scaleRuns: 5, namesRuns: 9, showAllRuns: 5, demandsRuns: 9, worstRuns: 7, updateRuns: 7, pageLoadRuns: 3, deliveryRuns: 3, pageVariants: VARIANTS, idleMs: 60_000 };

/** @type {{ passed: number, failed: number, failures: string[] }} */
const checks = { passed: 0, failed: 0, failures: [] };
function check(name, ok, detail = '') {
  if (ok) checks.passed += 1;
  else {
    checks.failed += 1;
    checks.failures.push(`${name}${detail ? `: ${detail}` : ''}`);
  }
  console.log(`  ${ok ? '✓' : '✗'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
}
const finite = (...values) => values.every((value) => Number.isFinite(value) && value >= 0);

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('no Chromium found (CHROME_PATH, /usr/bin/chromium …); `npm test` installs Debian\'s when run as root');
  return found;
}

function machineInfo(chromium) {
  let osName = `${os.type()} ${os.release()}`;
  try {
    osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osName;
  } catch {
    // not Linux
  }
  return {
    date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: osName,
    load: os.loadavg().map((value) => value.toFixed(2)).join(' / '),
    node: process.versions.node,
    chromium: chromium.replace('/', ' '),
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  };
}

/** Runs one measurement; an error is a failed check and the next measurement still runs. */
async function suite(name, results, run) {
  if (!wanted(name)) return;
  console.log(`\n▸ ${name}`);
  const start = performance.now();
  try {
    await run();
  } catch (error) {
    results.errors.push(`${name}: ${error.message}`);
    check(`${name} ran to the end`, false, error.stack ?? error.message);
  }
  console.log(`  (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}

// Ctrl+C still closes the browser and removes the temporary folders (the 'exit' handlers do).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** @type {Record<string, any> & { errors: string[] }} */
const results = { errors: [] };
const snapshot = await snapshotDist(root);
process.once('exit', snapshot.remove);
// Timed from here: a build that snapshotDist had to run is not the benchmark's time.
const started = performance.now();
const server = await startServer({ distDir: snapshot.folder, repoRoot: root, referenceDir: reference && resolve(reference) });
let browser;
let machine;
try {
  browser = await launch(findChromium());
  machine = machineInfo(await browser.version());
  console.log(`Benchmark (${quick ? 'quick' : 'full'}) on ${machine.cpu}, ${machine.cores} cores, load ${machine.load}; ${machine.chromium}`);

  const sample = sampleFeed(root);
  // As published: the demo's file, byte for byte.
  const sampleText = readFileSync(join(root, 'demo/sample-feed.json'), 'utf8');
  server.setFeed('sample', sampleText);
  const page = await browser.newPage();

  await suite('sizes', results, () => {
    results.sizes = measureSizes(snapshot.folder);
    const entries = results.sizes.filter((file) => file.entry);
    check('every script-tag bundle measured', entries.some((file) => file.name === 'standpoint-widgets.js') && entries.length >= 1 + WIDGETS.length, entries.map((file) => file.name).join(', '));
    check('sizes are sane (brotli < gzip < min)', results.sizes.every((file) => file.brotli > 0 && file.brotli <= file.gzip && file.gzip < file.min));
  });

  // The baselines adopt the widgets' own CSS, read from the built classes.
  await openHarness(page, pageUrl(server.origin, 'widget', 'standpoint-widgets'));
  server.setStyles(await page.evaluate((tags) => window.bench.styles(tags), WIDGETS));

  await suite('render', results, async () => {
    results.render = [];
    // The direct baseline writes what the widgets render, taken from one page with all four.
    await openHarness(page, pageUrl(server.origin, 'widget', 'standpoint-widgets', ['/feeds/sample.json']));
    await page.evaluate((specs) => window.bench.render(specs), WIDGETS.map((tag) => specFor(tag, '/feeds/sample.json')));
    const directMarkup = await page.evaluate('window.bench.directMarkup()');
    for (const testCase of renderCases('/feeds/sample.json')) {
      const entry = { entry: testCase.entry, ...(await measureRender(page, server.origin, testCase, PLAN.renderRuns, directMarkup)) };
      results.render.push(entry);
      check(`${testCase.name}: measured`, finite(entry.widgetMedian, entry.vanillaMedian, entry.ratio, entry.directMedian, entry.directRatio));
      check(`${testCase.name}: the baseline builds the same markup`, entry.difference === '', entry.difference);
      check(`${testCase.name}: the direct baseline writes the same markup`, entry.directDifference === '', entry.directDifference);
    }
    results.sampleParseMs = await measureParse(page, server.origin, '/feeds/sample.json', PLAN.renderRuns);
    check('the feed layer alone measured', finite(results.sampleParseMs));
  });

  await suite('scale', results, async () => {
    results.scale = await measureScale(page, server, sampleText, PLAN.scaleRuns);
    for (const entry of results.scale) {
      check(`${entry.count} element${entry.count === 1 ? '' : 's'} on one feed URL: all rendered, requests counted`, finite(entry.ms) && entry.requests >= 1, `${entry.requests} requests`);
    }
  });

  await suite('large', results, async () => {
    server.setFeed('names', JSON.stringify(withSignatories(sample, NAMES)));
    const names = await measureNames(page, server.origin, '/feeds/names.json', { renderRuns: PLAN.namesRuns, showAllRuns: PLAN.showAllRuns });
    results.names = names;
    const firstPageItems = names.firstPage.listItems ?? 0;
    check(`${NAMES} names: first page measured`, finite(names.firstPage.widgetMedian, names.firstPage.vanillaMedian, names.parseMs));
    check(`${NAMES} names: the first page shows a page of names, not the list`, firstPageItems > 0 && firstPageItems < NAMES, `${firstPageItems} names`);
    check(`${NAMES} names: the baseline builds the same markup`, names.firstPage.difference === '', names.firstPage.difference);
    check(`${NAMES} names: "show all" shows every name`, names.showAll.names === NAMES, `${names.showAll.names} shown`);

    server.setFeed('demands', JSON.stringify(withDemands(sample, DEMANDS)));
    const demands = await measureRender(page, server.origin, demandsCase('/feeds/demands.json', DEMANDS), PLAN.demandsRuns);
    results.demands = demands;
    const demandItems = demands.listItems;
    check(`${DEMANDS} demands: measured, every demand shown`, finite(demands.widgetMedian, demands.vanillaMedian) && demandItems === DEMANDS, `${demandItems} items`);
    check(`${DEMANDS} demands: the baseline builds the same markup`, demands.difference === '', demands.difference);
  });

  await suite('worst', results, async () => {
    results.worst = await measureWorstCase(page, server, sample, PLAN.worstRuns);
    const { worst } = results;
    check('worst-case 2 MiB feed: measured against a normal one of the same size', finite(worst.worstMedian, worst.normalMedian) && Math.abs(worst.bytes.worst - worst.bytes.normal) < 1024, `${worst.bytes.worst} and ${worst.bytes.normal} bytes`);
  });

  await suite('update', results, async () => {
    results.update = await measureUpdate(page, server, sampleText, JSON.stringify(refreshed(sample)), PLAN.updateRuns);
    const { widgets } = results.update;
    check('update: measured', finite(results.update.ms));
    check(
      `update: <standpoint-demands> shows demand ${REFRESHED_DEMAND.index + 1}'s new status`,
      widgets['standpoint-demands'].changed.some((change) => change.includes('status-label')),
      widgets['standpoint-demands'].changed.join('; '),
    );
    check('update: <standpoint-counter> shows the new count', widgets['standpoint-counter'].changed.some((change) => change.includes('.count')), widgets['standpoint-counter'].changed.join('; '));
  });

  await suite('page', results, async () => {
    // The height each widget takes once rendered, for the variant that reserves it.
    server.setFeed('page', sampleText);
    await openHarness(page, pageUrl(server.origin, 'widget', 'standpoint-widgets', ['/feeds/page.json']));
    await page.evaluate((specs) => window.bench.render(specs), WIDGETS.map((tag) => specFor(tag, '/feeds/page.json')));
    const heights = await page.evaluate('window.bench.heights()');
    const reserved = Object.fromEntries(WIDGETS.map((tag, index) => [tag, heights[index]]));
    const variants = reference ? [...PLAN.pageVariants, REFERENCE_VARIANT] : PLAN.pageVariants;
    results.pageLoad = await measurePageLoad(browser, server, '/feeds/page.json', reserved, PLAN.pageLoadRuns, variants);
    for (const entry of results.pageLoad) {
      check(`page load, ${entry.name}: every widget loaded, shifts and tasks recorded`, finite(entry.renderedAt, entry.cls, entry.longestTask));
    }
    check('page load: every planned variant measured', results.pageLoad.length === variants.length);
  });

  await suite('delivery', results, async () => {
    server.setFeed('delivery', sampleText);
    results.delivery = await measureDelivery(browser, server, snapshot.folder, '/feeds/delivery.json', PLAN.deliveryRuns);
    for (const entry of results.delivery) {
      check(`delivery, ${entry.name}: loader and bundle pages loaded, scripts counted`, finite(entry.loader.brotli, entry.bundle.brotli, entry.loader.feedStart, entry.loader.lastScriptEnd) && entry.loader.brotli > 0);
      check(`delivery, ${entry.name}: one request for the feed`, entry.loader.feedRequests === 1 && entry.bundle.feedRequests === 1, `${entry.loader.feedRequests} with the loader, ${entry.bundle.feedRequests} with the bundle`);
    }
  });

  await suite('idle', results, async () => {
    server.setFeed('idle', sampleText);
    results.idle = await measureIdle(browser, server, '/feeds/idle.json', 'idle', PLAN.idleMs);
    const { widgetsVisible, widgetsHidden, blankVisible, blankHidden } = results.idle;
    check('idle: CPU read with the tabs in front', widgetsVisible.state === 'visible' && blankVisible.state === 'visible' && finite(widgetsVisible.cpuPerMinute, blankVisible.cpuPerMinute), `${widgetsVisible.state}, ${blankVisible.state}`);
    check('idle: the tabs were really hidden behind another', widgetsHidden.state === 'hidden' && blankHidden.state === 'hidden', `visibilityState ${widgetsHidden.state}, ${blankHidden.state}`);
    check('idle: CPU read with the tabs hidden', finite(widgetsHidden.cpuPerMinute, blankHidden.cpuPerMinute));
  });

  // Lighthouse runs several minutes on a shared machine: in the full run (or asked for by --only), not in CI's quick one.
  if (!quick || only?.includes('lighthouse')) {
    await suite('lighthouse', results, async () => {
      results.lighthouse = await measureLighthouse({ distDir: snapshot.folder, runs: quick ? 1 : 3 });
      const { score, audits } = results.lighthouse;
      check('lighthouse: the demo page scored', Number.isFinite(score) && Number.isFinite(audits['total-blocking-time']), JSON.stringify(results.lighthouse.warnings));
    });
  }

  await page.close();
} catch (error) {
  results.errors.push(error.message);
  check('the benchmark started', false, error.stack ?? error.message);
} finally {
  await browser?.close();
  await server.close();
  snapshot.remove();
}

const durationMs = performance.now() - started;
if (machine) {
  const report = renderReport({ results, machine, quick, durationMs, checks });
  console.log(`\n${report}`);
  const cache = join(root, '.cache', 'bench');
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'results.json'), `${JSON.stringify({ machine, quick, results }, null, 2)}\n`);
  if (quick || only) {
    writeFileSync(join(cache, 'BENCHMARKS.quick.md'), `${report}\n`);
    console.log(`(${quick ? 'quick' : 'partial'} run: written to .cache/bench/BENCHMARKS.quick.md; BENCHMARKS.md is left as it was)`);
  } else {
    writeFileSync(join(root, 'BENCHMARKS.md'), `${report}\n`);
    console.log('Written to BENCHMARKS.md');
  }
}
if (checks.failures.length) console.log(`\nFailed checks:\n${checks.failures.map((failure) => `  - ${failure.split('\n')[0]}`).join('\n')}`);
console.log(`\nBenchmark ran in ${(durationMs / 1000).toFixed(1)} s`);
recordResults('bench', { passed: checks.passed, failed: checks.failed, skipped: 0 });
console.log(`\n${formatCounts(checks)}`);
process.exit(checks.failed > 0 ? 1 : 0);
