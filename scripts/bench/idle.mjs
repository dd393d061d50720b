/**
 * What the widgets cost while a reader only reads: a page with all four and
 * `refresh="60"`, its main thread's CPU time over a window with the tab in
 * front, then over the same window behind another tab (the browser reports
 * it hidden, as when the reader switched tabs). A blank page, measured the
 * same way, is the reference: what the browser spends on any page that does
 * nothing, visible or hidden.
 */
import { hostPage } from './host-page.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const REFRESH_SECONDS = 60;

/** CPU and task time of each page's main thread over `windowMs`, scaled to a minute. */
async function perMinute(pages, windowMs) {
  const before = await Promise.all(pages.map((page) => page.metrics()));
  await sleep(windowMs);
  const after = await Promise.all(pages.map((page) => page.metrics()));
  const scale = 60_000 / windowMs;
  // ThreadTime and TaskDuration are seconds.
  return pages.map((_, index) => ({
    cpuPerMinute: (after[index].ThreadTime - before[index].ThreadTime) * 1000 * scale,
    taskPerMinute: (after[index].TaskDuration - before[index].TaskDuration) * 1000 * scale,
  }));
}

const state = (page) => page.evaluate('document.visibilityState');

export async function measureIdle(browser, server, feedPath, feedName, windowMs) {
  const url = server.setPage('idle', hostPage({ feedPath, fallback: true, refresh: REFRESH_SECONDS }));
  const opened = [];
  const open = async (address) => {
    const page = await browser.newPage();
    opened.push(page);
    await page.goto(address);
    return page;
  };
  try {
    // 1. The blank reference, in front.
    const blank = await open(`${server.origin}/bench/blank.html`);
    await sleep(500);
    const [blankVisible] = await perMinute([blank], windowMs);
    blankVisible.state = await state(blank);

    // 2. The widgets, in front (the blank page is now behind it).
    const widgets = await open(url);
    await widgets.waitFor('window.__page.renderedAt !== undefined', { what: 'the idle page to render' });
    await sleep(500);
    let reads = server.reads(feedName).length;
    const [widgetsVisible] = await perMinute([widgets], windowMs);
    widgetsVisible.state = await state(widgets);
    widgetsVisible.requests = server.reads(feedName).length - reads;

    // 3. Another tab in front: both are hidden.
    await open(`${server.origin}/bench/blank.html`);
    await sleep(500);
    reads = server.reads(feedName).length;
    const [widgetsHidden, blankHidden] = await perMinute([widgets, blank], windowMs);
    widgetsHidden.state = await state(widgets);
    blankHidden.state = await state(blank);
    widgetsHidden.requests = server.reads(feedName).length - reads;

    return { windowMs, widgetsVisible, widgetsHidden, blankVisible, blankHidden };
  } finally {
    for (const page of opened.reverse()) await page.close();
  }
}
