/**
 * Lifecycle: a page that adds and removes widgets a thousand times (a
 * single-page app changing routes), and widgets that refresh a thousand
 * times, must leave nothing behind once the widgets are gone: no timer,
 * interval or animation frame, no listener on the window or document, no
 * request under way; and the heap, measured by the browser after garbage
 * collection (scripts/wtr/trust-plugin.mjs), must stay bounded.
 */
import { expect } from '@open-wc/testing';
import { putFeed, uniqueFeedName } from '../helpers/feed-server.js';
import { addWidget, closePages, heapUsage, isRendered, library, loadBundle, openPage, report, sleep, waitFor, WIDGETS, type Page } from '../fixtures/trust/frame.js';

const CYCLES = 1000;
const REFRESHES = 1000;
/** Feeds refreshing side by side. */
const FEEDS = 4;
/**
 * Heap growth from the first hundred cycles to the last. What is used after
 * garbage collection still grows a little with nothing leaking (optimised
 * code and type feedback as the engine tiers up, the probe's own record of
 * every request): a clean run of 900 refreshes measured up to 1.2 MB. A
 * widget, shadow tree or feed copy kept per refresh is tens of KB each
 * (hundreds of MB over the run), and 2.5 KB per cycle would exceed it; the
 * removed widgets are also checked to be collected (WeakRef).
 */
const HEAP_GROWTH_LIMIT = 2 * 1024 * 1024;

interface Baseline {
  timers: Set<string>;
  listeners: number;
  observers: number;
}

const baselineOf = (page: Page): Baseline => ({
  timers: new Set(page.probe.timers.keys()),
  listeners: page.probe.listeners.length,
  observers: page.probe.observers.size,
});

/** What the widgets left behind, compared with the page before they came. */
function leftovers(page: Page, baseline: Baseline): string[] {
  const findings: string[] = [];
  for (const [id, timer] of page.probe.timers) {
    if (!baseline.timers.has(id)) findings.push(`a live ${timer.kind}${timer.ms === undefined ? '' : ` (${timer.ms} ms)`}`);
  }
  if (page.probe.listeners.length > baseline.listeners) {
    findings.push(
      `${page.probe.listeners.length - baseline.listeners} more listeners on long-lived targets: ${page.probe.listeners
        .slice(baseline.listeners)
        .map(({ name, type }) => `${name} ${type}`)
        .join(', ')}`,
    );
  }
  if (page.probe.observers.size > baseline.observers) findings.push(`${page.probe.observers.size - baseline.observers} more observers still observing`);
  const pending = page.probe.fetches.filter(({ settled }) => !settled);
  if (pending.length) findings.push(`${pending.length} requests still under way: ${pending.map(({ url }) => url).join(', ')}`);
  return findings;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

describe('trust: lifecycle', () => {
  afterEach(closePages);

  it(`${CYCLES} connect/disconnect cycles of all four widgets leave no timer, listener or request behind, and the heap stays bounded`, async function () {
    this.timeout(60000);
    const name = uniqueFeedName('trust-lifecycle');
    await putFeed(name, await (await fetch('/__trust/feed/lifecycle')).text());
    const page = await openPage();
    await loadBundle(page);
    const lib = await library(page);
    const baseline = baselineOf(page);
    const src = `/__feeds/${name}`;
    // Fresh elements every cycle, as a single-page app makes them: one that stayed reachable would show here.
    const departed: WeakRef<Element>[] = [];
    let heapAfterWarmUp = 0;
    for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
      const container = page.doc.createElement('div');
      const widgets = WIDGETS.map((tag) => addWidget(page, tag, { src, refresh: '60' }, container));
      // Now and then one whose server never answers: leaving must abort its request, not leave it hanging for the time-out.
      const hanging = cycle % 100 === 0 ? addWidget(page, 'standpoint-statement', { src: `/__trust/fault/no-answer?cycle=${cycle}` }, container) : undefined;
      page.doc.body.append(container);
      // Most cycles leave once rendered, some at once, some with a refresh under way.
      if (cycle % 10 === 0) await waitFor(() => widgets.every(isRendered), `the render of cycle ${cycle}`);
      else if (cycle % 3 !== 0) await Promise.all(widgets.map((widget) => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      if (cycle % 50 === 0) void lib.reloadFeed(new URL(src, page.win.location.href).href);
      container.remove();
      departed.push(...[...widgets, ...(hanging ? [hanging] : [])].map((widget) => new WeakRef(widget)));
      if (cycle === 100) heapAfterWarmUp = (await heapUsage()).usedSize;
    }
    await sleep(300);
    const heapAtEnd = (await heapUsage()).usedSize;
    const findings = leftovers(page, baseline);
    const retained = departed.filter((ref) => ref.deref() !== undefined).length;
    // The last few may wait for the next collection; hundreds would be a leak.
    if (retained > 8) findings.push(`${retained} of ${departed.length} removed widgets are still reachable after garbage collection`);
    if (heapAtEnd - heapAfterWarmUp > HEAP_GROWTH_LIMIT) {
      findings.push(`the heap grew ${kb(heapAtEnd - heapAfterWarmUp)} from cycle 100 (${kb(heapAfterWarmUp)}) to cycle ${CYCLES} (${kb(heapAtEnd)})`);
    }
    findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`));
    expect(findings, report(`after ${CYCLES} cycles`, findings)).to.deep.equal([]);
  });

  it(`${REFRESHES} refreshes leave no timer, listener or request behind once the widgets leave, and the heap stays bounded`, async function () {
    this.timeout(60000);
    // The refresh machinery at full speed: feeds in data: URLs answer at once, without the test server
    // (tests/trust/refresh-faults.test.ts checks the same after refreshes over the network that bring new copies).
    const feeds = await Promise.all(
      Array.from({ length: FEEDS }, async (_, index) => `data:application/feed+json,${encodeURIComponent(await (await fetch(`/__trust/feed/refresh-${index}`)).text())}`),
    );
    const page = await openPage();
    await loadBundle(page);
    const lib = await library(page);
    const baseline = baselineOf(page);
    lib.configureFeedLoader({ minRefreshSeconds: 0.005 });
    const requests = () => page.probe.fetches.filter(({ url }) => url.startsWith('data:')).length;
    const widgets = feeds.flatMap((src) => WIDGETS.map((tag) => addWidget(page, tag, { src, refresh: '0.005', list: true, chart: true })));
    await waitFor(() => widgets.every(isRendered), 'the first render');
    await waitFor(() => requests() >= 100, '100 refreshes', 30000);
    const heapAfterWarmUp = (await heapUsage()).usedSize;
    await waitFor(() => requests() >= REFRESHES, `${REFRESHES} refreshes`, 50000, () => `${requests()} so far`);
    const heapAtEnd = (await heapUsage()).usedSize;
    const departed = widgets.map((widget) => new WeakRef(widget));
    for (const widget of widgets) widget.remove();
    widgets.length = 0;
    await sleep(300);
    const findings = leftovers(page, baseline);
    if (heapAtEnd - heapAfterWarmUp > HEAP_GROWTH_LIMIT) {
      findings.push(`the heap grew ${kb(heapAtEnd - heapAfterWarmUp)} from refresh 100 (${kb(heapAfterWarmUp)}) to refresh ${REFRESHES} (${kb(heapAtEnd)})`);
    }
    const counted = requests();
    await sleep(200);
    if (requests() !== counted) findings.push(`${requests() - counted} requests after every widget left`);
    await heapUsage();
    const retained = departed.filter((ref) => ref.deref() !== undefined).length;
    // A leak would keep all of them; the browser may hold the last one it touched until a later collection.
    if (retained > 2) findings.push(`${retained} of ${departed.length} removed widgets are still reachable after garbage collection`);
    findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`));
    expect(findings, report(`after ${REFRESHES} refreshes`, findings)).to.deep.equal([]);
  });
});
