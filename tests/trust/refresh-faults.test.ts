/**
 * Faults during refresh: four widgets on one feed that a scripted server
 * (scripts/wtr/trust-server.mjs, /__trust/script/) answers in turn with a
 * good copy, a 500 and silence, for 200 refreshes; then only 500s; then good
 * copies again. The last good copy stays on screen throughout, the loader
 * backs off exactly as documented (every gap between two requests is
 * checked against the failures before it), the widgets recover, and once
 * removed they leave no timer, request or listener behind.
 *
 * The loader's knobs are turned down for speed (refresh every 10 ms, time-out
 * 120 ms, back-off capped at 320 ms); the logic under test is the same.
 */
import { expect } from '@open-wc/testing';
import { uniqueFeedName } from '../helpers/feed-server.js';
import { addWidget, closePages, isRendered, library, loadBundle, openPage, report, sleep, waitFor, WIDGETS, type FetchRecord } from '../fixtures/trust/frame.js';

const EVERY_S = 0.01;
const TIMEOUT_S = 0.12;
const MAX_BACKOFF_S = 0.32;
const REFRESHES = 200;
/** How long the server answers only 500s, and the most requests the back-off allows in that time. */
const OUTAGE_MS = 1500;

interface LoggedAnswer {
  index: number;
  mode: 'ok' | '500' | 'hang';
  time: number;
}

async function setMode(name: string, mode: string): Promise<void> {
  const response = await fetch(`/__trust/script/${name}`, { method: 'POST', body: JSON.stringify({ mode }) });
  if (!response.ok) throw new Error(`could not set ${name} to ${mode}`);
}

const serverLog = async (name: string): Promise<LoggedAnswer[]> => (await fetch(`/__trust/script/${name}/log`)).json();

/** "Copy 17" → 17: which good copy a widget shows (0: none). */
const copyIn = (text: string | null | undefined): number => Number(/Copy (\d+)/.exec(text ?? '')?.[1] ?? 0);

/**
 * The shortest gap the loader may leave after a request, given the failures
 * in a row that request ended with: the refresh interval, or after failures
 * the back-off `min(every × 2^(failures − 1), cap)` less its jitter (× 0.5 at
 * most), as src/feed/loader.ts documents.
 */
function shortestGapMs(failures: number): number {
  if (failures === 0) return EVERY_S * 1000;
  return 0.5 * Math.min(EVERY_S * 2 ** (failures - 1), Math.max(EVERY_S, MAX_BACKOFF_S)) * 1000;
}

/** Every gap between two requests that is shorter than the back-off allows. */
function backOffBreaches(fetches: readonly FetchRecord[]): string[] {
  const breaches: string[] = [];
  let failures = 0;
  for (let index = 0; index + 1 < fetches.length; index += 1) {
    const request = fetches[index];
    failures = request.status === 200 ? 0 : failures + 1;
    const gap = fetches[index + 1].start - request.start;
    // 2 ms for the clocks: the loader schedules with Date.now(), whole milliseconds at both ends, the probe reads performance.now().
    if (gap < shortestGapMs(failures) - 2) {
      breaches.push(`request ${index + 1} came ${gap.toFixed(1)} ms after request ${index} (${request.status ?? request.error}, ${failures} failure(s) in a row): at least ${shortestGapMs(failures).toFixed(1)} ms`);
    }
  }
  return breaches;
}

describe('trust: faults during refresh', () => {
  afterEach(closePages);

  it(`over ${REFRESHES} refreshes of success, 500 and time-out the last good data stays, back-off holds, and the widgets recover`, async function () {
    this.timeout(90000);
    const name = uniqueFeedName('trust-refresh');
    await setMode(name, 'cycle');
    const page = await openPage();
    await loadBundle(page);
    const lib = await library(page);
    const timersBefore = new Set(page.probe.timers.keys());
    const listenersBefore = page.probe.listeners.length;
    lib.configureFeedLoader({ minRefreshSeconds: EVERY_S, timeoutSeconds: TIMEOUT_S, maxBackoffSeconds: MAX_BACKOFF_S });
    const src = `/__trust/script/${name}`;
    const elements = WIDGETS.map((tag) => addWidget(page, tag, { src, refresh: String(EVERY_S), lang: 'en' }));
    const [statement, demands, counter, share] = elements;
    const events: { type: string; code?: string; stale?: boolean; at: number }[] = [];
    for (const element of elements) {
      element.addEventListener('standpoint-error', (event) => events.push({ type: 'error', ...(event as CustomEvent).detail, at: performance.now() }));
      element.addEventListener('standpoint-load', () => events.push({ type: 'load', at: performance.now() }));
    }
    await waitFor(() => elements.every(isRendered), 'the first good copy', 10000);

    // Watches the screen every frame: never the fallback, never an older copy than before.
    const findings: string[] = [];
    let highest = 0;
    let watching = true;
    const watch = () => {
      if (!watching) return;
      const blank = elements.filter((element) => !isRendered(element)).map((element) => element.localName);
      if (blank.length) findings.push(`${blank.join(', ')} lost the good copy at ${Math.round(performance.now())} ms`);
      const shown = copyIn(statement.shadowRoot!.querySelector('[part~="heading"]')?.textContent);
      if (shown < highest) findings.push(`the statement went back from copy ${highest} to copy ${shown}`);
      highest = Math.max(highest, shown);
      const demandCopy = copyIn(demands.shadowRoot!.querySelector('[part~="text"]')?.textContent);
      if (demandCopy === 0) findings.push('the demands show no copy');
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);

    const until = performance.now() + 60000;
    while ((await serverLog(name)).length < REFRESHES && performance.now() < until) await sleep(200);
    const cycleLog = await serverLog(name);
    expect(cycleLog.length, `${REFRESHES} refreshes within a minute`).to.be.at.least(REFRESHES);

    // The outage: only 500s. The back-off must thin the requests out.
    await setMode(name, '500');
    // The probe times requests on the page's clock, which starts later than this one.
    const outageStart = page.win.performance.now();
    await sleep(OUTAGE_MS);
    const outageRequests = page.probe.fetches.filter(({ start }) => start >= outageStart && start < outageStart + OUTAGE_MS).length;

    // The server is back: the next try finds it. Then it holds that copy, so counting up can finish.
    await setMode(name, 'ok');
    const recoveredFrom = highest;
    const shownCopy = () => copyIn(statement.shadowRoot!.querySelector('[part~="heading"]')?.textContent);
    await waitFor(() => shownCopy() > recoveredFrom, 'a new good copy after the outage', (MAX_BACKOFF_S + TIMEOUT_S) * 1000 + 5000);
    await setMode(name, 'hold');
    await sleep(300);
    const latest = (await serverLog(name)).filter(({ mode }) => mode === 'ok').length;
    const counted = () => Number(counter.shadowRoot!.querySelector('[part~="count"]')?.textContent?.replace(/\D/g, '') ?? 0);
    await waitFor(
      () => [statement, demands, share].every((element) => copyIn(element.shadowRoot!.textContent) === latest) && counted() === latest,
      `every widget to show copy ${latest}`,
      5000,
      () => elements.map((element) => `${element.localName}: ${(element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').slice(0, 80)}`).join(' | '),
    );
    watching = false;

    const fetches = page.probe.fetches.filter(({ url }) => url.endsWith(src));
    const served = await serverLog(name);
    const errors = events.filter(({ type }) => type === 'error');
    findings.push(
      ...backOffBreaches(fetches),
      ...errors.filter(({ stale }) => !stale).map(({ code }) => `a "${code}" error event with stale: false while a good copy was shown`),
      ...errors.filter(({ code }) => code !== 'http' && code !== 'timeout').map(({ code }) => `an unexpected error code "${code}"`),
      ...page.probe.errors.map((error) => `uncaught: ${error}`),
    );
    // One loader for the four widgets: one request per refresh, not four.
    if (Math.abs(fetches.length - served.length) > 1) findings.push(`the page sent ${fetches.length} requests for ${served.length} the server saw`);
    // Without back-off the outage would see one request every 10 ms; with it, the waits double up to 320 ms (× 0.5–1).
    const allowed = Math.ceil(OUTAGE_MS / (0.5 * MAX_BACKOFF_S * 1000)) + 8;
    if (outageRequests > allowed) findings.push(`${outageRequests} requests during ${OUTAGE_MS} ms of 500s; back-off allows at most ${allowed}`);
    if (outageRequests < 3) findings.push(`only ${outageRequests} requests during the outage: the loader stopped trying`);
    // Gone from the page, they leave nothing running: no timer (refresh, time-out, count-up, highlight), no request, no listener.
    for (const element of elements) element.remove();
    await sleep(TIMEOUT_S * 1000 + 200);
    const timersLeft = [...page.probe.timers].filter(([id]) => !timersBefore.has(id)).map(([, { kind, ms }]) => `${kind}(${ms ?? ''})`);
    if (timersLeft.length) findings.push(`timers left once the widgets were removed: ${timersLeft.join(', ')}`);
    const pending = page.probe.fetches.filter(({ settled }) => !settled);
    if (pending.length) findings.push(`${pending.length} requests still under way once the widgets were removed`);
    if (page.probe.listeners.length > listenersBefore) findings.push(`listeners left: ${page.probe.listeners.slice(listenersBefore).map(({ name, type }) => `${name} ${type}`).join(', ')}`);
    expect(errors.some(({ code }) => code === 'timeout'), 'time-outs happened').to.equal(true);
    expect(errors.some(({ code }) => code === 'http'), '500s happened').to.equal(true);
    expect(findings, report('during the faulty refreshes', findings)).to.deep.equal([]);
  });
});
