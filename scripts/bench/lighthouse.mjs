#!/usr/bin/env node
/**
 * Lighthouse (its default mobile run: a mid-tier phone, simulated slow 4G
 * and a 4× slower CPU) on the demo page as the demo's server gives it: the
 * strict Content-Security-Policy of bin/csp.mjs, the built bundle, the
 * sample feed. Lighthouse drives the same Debian Chromium as the rest of the
 * benchmark, started here with the project's flags and a debugging port
 * (Lighthouse's `port` option: it attaches to a running browser instead
 * of launching its own). Part of the full `npm run bench`; alone:
 *
 *   node scripts/bench/lighthouse.mjs [--runs=3]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Starts headless Chromium with a debugging port on 127.0.0.1; resolves with the port and a function that stops it. */
async function startChromium() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'standpoint-lighthouse-profile-'));
  const child = spawn(chromiumPath(), ['--headless=new', ...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const removeProfile = () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A browser still writing its profile as it dies: the folder is in the temporary directory anyway.
    }
  };
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    removeProfile();
  };
  process.once('exit', killOnExit);
  /** Stops the browser and waits for it to exit before its profile folder is removed. */
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGKILL');
      await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 5000))]);
    }
    removeProfile();
  };
  let stderr = '';
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium gave no debugging port within 30 s:\n${stderr}`)), 30_000);
    /** @type {import('node:stream').Readable} */ (child.stderr).on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (found) {
        clearTimeout(timer);
        resolvePort(Number(found[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before giving a debugging port:\n${stderr}`)));
  });
  return { port, stop };
}

/**
 * Runs Lighthouse `runs` times on the demo page served from `distDir`;
 * the figures are the medians (Lighthouse's own advice for a score).
 *
 * @returns {Promise<{ version: string, runs: number, score: number, audits: Record<string, number>, scores: number[], warnings: string[] }>}
 */
export async function measureLighthouse({ distDir = join(root, 'dist'), runs = 3 } = {}) {
  const { default: lighthouse } = await import('lighthouse');
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
  const chrome = await startChromium();
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
    await chrome.stop();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3);
  console.log(JSON.stringify(await measureLighthouse({ runs }), null, 2));
}
