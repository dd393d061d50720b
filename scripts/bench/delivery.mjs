/**
 * What the script tag makes a page download, and when the feed is asked
 * for: pages with one counter, the four widgets, and all six, each loaded
 * once with the loader (`standpoint-widgets.js`, the README's tag) and once
 * with the self-contained bundle (`standpoint-widgets.bundle.js`, the
 * baseline: what the one tag loaded before the loader), over emulated 3G,
 * cache off. Resource Timing in the page names every file fetched and when;
 * each script's bytes are counted as a CDN serving brotli (quality 11)
 * sends them, since this bench's server does not compress.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { NETWORK } from './page-load.mjs';
import { median } from './stats.mjs';

export const DELIVERY_PAGES = [
  { name: 'one counter', tags: ['standpoint-counter'] },
  { name: 'the four widgets', tags: ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'] },
  { name: 'all six', tags: ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-related', 'standpoint-embed'] },
];

export const SCRIPTS = { loader: 'standpoint-widgets.js', bundle: 'standpoint-widgets.bundle.js' };

/** An ordinary page with `tags` on one feed and `script` as its one script tag. */
function deliveryPage(tags, script, feedPath) {
  const elements = tags.map((tag) => `  <${tag} src="${feedPath}"><p><a href="https://example.org/standpoint">Read the standpoint</a></p></${tag}>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Delivery: ${tags.join(', ')}</title>
  <script>
    // When each element was defined and when each fired standpoint-load (ms from navigation).
    window.__delivery = { defined: {}, loaded: [] };
    for (const tag of ${JSON.stringify(tags)}) customElements.whenDefined(tag).then(() => (window.__delivery.defined[tag] = performance.now()));
    document.addEventListener('standpoint-load', (event) => window.__delivery.loaded.push([event.target.localName, performance.now()]), true);
  </script>
  <script type="module" src="/dist/cdn/${script}"></script>
</head>
<body>
${elements}
</body>
</html>
`;
}

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Every element of the page showing the feed's content: its base part, not
 * the fallback and not busy loading (the related list may show its empty
 * state; the embed is done when its parts are), and the feed arrived.
 */
const RENDERED = (feedPath) => `(() => {
  if (!performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === ${JSON.stringify(feedPath)} && entry.responseEnd > 0)) return false;
  const shown = (element) => Boolean(element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])')) && !element.shadowRoot.querySelector('[aria-busy="true"]');
  const hosts = [...document.body.children].filter((element) => element.localName.startsWith('standpoint-'));
  return hosts.every((host) => host.localName === 'standpoint-embed'
    ? [...(host.shadowRoot?.querySelectorAll('*') ?? [])].filter((part) => part.localName.startsWith('standpoint-')).some(shown)
    : host.localName === 'standpoint-related' ? Boolean(host.shadowRoot?.querySelector('[part~="base"]')) : shown(host));
})()`;

async function loadOnce(browser, url, feedPath) {
  const page = await browser.newPage();
  try {
    await page.send('Network.enable');
    await page.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.send('Network.emulateNetworkConditions', { offline: false, latency: NETWORK.latency, downloadThroughput: NETWORK.downloadThroughput, uploadThroughput: NETWORK.uploadThroughput });
    await page.goto(url, 120_000);
    await page.waitFor(RENDERED(feedPath), { timeoutMs: 120_000, what: 'every widget to show its content on the 3G page' });
    const renderedAt = await page.evaluate('performance.now()');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const resources = await page.evaluate(
      `performance.getEntriesByType('resource').map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime, responseEnd: entry.responseEnd }))`,
    );
    return { resources, renderedAt, marks: await page.evaluate('window.__delivery') };
  } finally {
    await page.close();
  }
}

/**
 * @param distDir  the snapshot of dist/ the server serves
 * @returns per page and script: files, brotli bytes, feed start and last script's end (ms from navigation)
 */
export async function measureDelivery(browser, server, distDir, feedPath, runs) {
  const bytesOf = new Map();
  const brotliBytes = (path) => {
    if (!bytesOf.has(path)) bytesOf.set(path, brotli(readFileSync(join(distDir, path.replace(/^\/dist\//, '')))));
    return bytesOf.get(path);
  };
  const results = [];
  for (const [index, { name, tags }] of DELIVERY_PAGES.entries()) {
    const entry = { name, tags };
    for (const [kind, script] of Object.entries(SCRIPTS)) {
      const url = server.setPage(`delivery-${index}-${kind}`, deliveryPage(tags, script, feedPath));
      const loads = [];
      for (let run = 0; run < runs; run += 1) loads.push(await loadOnce(browser, url, feedPath));
      const scripts = loads[0].resources.filter((resource) => resource.path.startsWith('/dist/cdn/') && resource.path.endsWith('.js'));
      const lastScriptEnd = (load) => Math.max(...load.resources.filter((resource) => resource.path.startsWith('/dist/cdn/')).map((resource) => resource.responseEnd));
      const feedStart = (load) => load.resources.find((resource) => resource.path === feedPath)?.startTime ?? NaN;
      const feedEnd = (load) => load.resources.find((resource) => resource.path === feedPath)?.responseEnd ?? NaN;
      const feedRequests = loads[0].resources.filter((resource) => resource.path === feedPath).length;
      entry[kind] = {
        files: scripts.map((resource) => resource.path.replace(/^\/dist\/cdn\//, '')),
        brotli: scripts.reduce((total, resource) => total + brotliBytes(resource.path), 0),
        feedStart: median(loads.map(feedStart)),
        feedEnd: median(loads.map(feedEnd)),
        lastScriptEnd: median(loads.map(lastScriptEnd)),
        renderedAt: median(loads.map((load) => load.renderedAt)),
        definedAt: median(loads.map((load) => Math.max(...Object.values(load.marks.defined)))),
        loadEventAt: median(loads.map((load) => Math.max(...load.marks.loaded.map(([, time]) => time)))),
        feedRequests,
      };
    }
    results.push(entry);
  }
  return results;
}
