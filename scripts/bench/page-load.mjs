/**
 * The page as an old phone on a slow link meets it: an ordinary page with
 * all four widgets loads the bundle and the feed over an emulated 3G
 * connection with the CPU slowed down 4× (DevTools' "mid-tier mobile"),
 * cache off. Layout shifts and long tasks are recorded from the first
 * moment by a script at the top of the page, until a second after every
 * widget has loaded.
 */
import { hostPage } from './host-page.mjs';
import { median } from './stats.mjs';

/** DevTools' "3G" preset. */
export const NETWORK = { label: '3G (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up)', latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
export const CPU_SLOWDOWN = 4;
const SETTLE_MS = 1000;

/** Cumulative Layout Shift as Chrome reports it: the largest session window (gaps under 1 s, at most 5 s long). */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

export const VARIANTS = [
  { name: 'no fallback content', options: {} },
  { name: 'fallback content', options: { fallback: true } },
  { name: 'a reserved height', options: { reserved: true } },
  { name: 'fallback content and a reserved height', options: { fallback: true, reserved: true } },
];

/** The page the content-shown target compares: fallback content, as the README writes the elements. */
export const COMPARED_VARIANT = 'fallback content';

/** The same page on the reference build (`--reference=<dist folder>`), measured in the same run. */
export const REFERENCE_VARIANT = { name: `${COMPARED_VARIANT}, reference build`, reference: true, options: { fallback: true, script: '/reference/cdn/standpoint-widgets.js' } };

async function loadOnce(browser, url) {
  const page = await browser.newPage();
  try {
    await page.send('Network.enable');
    await page.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.send('Network.emulateNetworkConditions', { offline: false, latency: NETWORK.latency, downloadThroughput: NETWORK.downloadThroughput, uploadThroughput: NETWORK.uploadThroughput });
    await page.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, 120_000);
    await page.waitFor('window.__page.renderedAt !== undefined', { timeoutMs: 120_000, what: 'every widget to load on the throttled page' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return await page.evaluate('window.__page');
  } finally {
    await page.close();
  }
}

/**
 * @param reservedHeights  px per tag, the height each widget takes once rendered (for the variants that reserve it)
 * @param variants  which of VARIANTS to load
 */
export async function measurePageLoad(browser, server, feedPath, reservedHeights, runs, variants = VARIANTS) {
  const results = [];
  const urls = variants.map((variant, index) => server.setPage(`load-${index}`, hostPage({ feedPath, ...variant.options, reserved: variant.options.reserved ? reservedHeights : undefined })));
  /** @type {any[][]} */
  const loadsOf = variants.map(() => []);
  // The variants take turns, run by run, so that none meets a quieter machine than the others (a reference build above all).
  for (let run = 0; run < runs; run += 1) {
    for (const [index, url] of urls.entries()) loadsOf[index].push(await loadOnce(browser, url));
  }
  for (const [index, variant] of variants.entries()) {
    const loads = loadsOf[index];
    const widgetScripts = loads.flatMap((load) => load.frames.flatMap((frame) => frame.scripts.filter((script) => /\/(dist|reference)\/cdn\//.test(script.url))));
    results.push({
      name: variant.name,
      reference: Boolean(variant.reference),
      cls: Math.max(...loads.map((load) => cumulativeLayoutShift(load.shifts))),
      shiftSources: [...new Set(loads.flatMap((load) => load.shifts.flatMap((shift) => shift.sources)))],
      renderedAt: median(loads.map((load) => load.renderedAt)),
      longestTask: Math.max(0, ...loads.flatMap((load) => load.longTasks.map((task) => task.duration))),
      longTasks: median(loads.map((load) => load.longTasks.length)),
      longestWidgetScript: widgetScripts.reduce((longest, script) => (script.duration > (longest?.duration ?? 0) ? script : longest), undefined),
      loads,
    });
  }
  return results;
}
