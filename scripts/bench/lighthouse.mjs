#!/usr/bin/env node
/**
 * Lighthouse (its default mobile run: a mid-tier phone, simulated slow 4G
 * and a 4× slower CPU) on the demo page as the demo's server gives it: the
 * strict Content-Security-Policy of bin/csp.mjs, the built bundle, the
 * sample feed. Lighthouse drives the same Debian Chromium as the rest of the
 * benchmark, launched by chrome-launcher (Lighthouse's own launcher, which
 * it depends on) with the project's flags, and talks to it on its
 * debugging port. Part of the full `npm run bench`; alone:
 *
 *   node scripts/bench/lighthouse.mjs [--runs=3]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../bin/csp.mjs';
import { startStaticServer } from '../../bin/static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.mjs';
import { median } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The audits reported beside the score, in milliseconds (CLS unitless). */
export const LIGHTHOUSE_AUDITS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'speed-index': 'Speed Index',
  'cumulative-layout-shift': 'CLS',
};

/**
 * Runs Lighthouse `runs` times on the demo page served from `distDir`;
 * the figures are the medians (Lighthouse's own advice for a score).
 *
 * @returns {Promise<{ version: string, runs: number, score: number, audits: Record<string, number>, scores: number[], warnings: string[] }>}
 */
export async function measureLighthouse({ distDir = join(root, 'dist'), runs = 3 } = {}) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const server = await startStaticServer({
    mounts: [
      ['/dist/', distDir],
      ['/demo/', join(root, 'demo')],
    ],
    headers: ({ type, path }) => ({
      'Cache-Control': 'no-cache',
      ...(path.endsWith('feed.json') ? { 'Content-Type': 'application/feed+json; charset=utf-8' } : {}),
      ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
    }),
  });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const reports = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${server.origin}/demo/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (!result) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      reports.push(result.lhr);
    }
    const scores = reports.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100));
    const audits = Object.fromEntries(Object.keys(LIGHTHOUSE_AUDITS).map((id) => [id, median(reports.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN))]));
    return { version: reports[0].lighthouseVersion, runs, score: median(scores), audits, scores, warnings: [...new Set(reports.flatMap((lhr) => lhr.runWarnings))] };
  } finally {
    await chrome.kill();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3);
  console.log(JSON.stringify(await measureLighthouse({ runs }), null, 2));
}
