/**
 * Render cost: from the feed being available (held in memory, `fetch`
 * answers at once) to the content laid out, for each widget and for all
 * four on one page, against the hand-written baselines and, where the
 * runner gives the widgets' markup, against that markup written directly
 * (`innerHTML` and adopted style sheets, scripts/bench/vanilla/direct.js).
 * Every run is a fresh page (a reader meets the widgets once per page
 * load), widget and baselines take turns, and the figures are medians.
 */
import { median } from './stats.mjs';

export const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'];

/** The options each widget is measured with, besides `src`: the counter shows its names and chart. */
const OPTIONS = { 'standpoint-counter': { list: '', chart: '' } };

export const specFor = (tag, src, extra = {}) => ({ tag, attributes: { src, ...OPTIONS[tag], ...extra } });

/** The render cases: each widget alone from its own bundle, then all four from the full bundle. */
export function renderCases(feedPath) {
  return [
    ...WIDGETS.map((tag) => ({ name: `<${tag}>`, entry: tag, specs: [specFor(tag, feedPath)], preload: [feedPath] })),
    { name: 'all four on one page', entry: 'standpoint-widgets', specs: WIDGETS.map((tag) => specFor(tag, feedPath)), preload: [feedPath] },
  ];
}

export function pageUrl(origin, impl, entry, preload = []) {
  const query = new URLSearchParams({ impl, entry });
  for (const path of preload) query.append('preload', path);
  return `${origin}/bench/render.html?${query}`;
}

/** Opens a fresh harness page in `page` and waits until it is ready to measure. */
export async function openHarness(page, url) {
  await page.goto(url);
  await page.waitFor('window.benchReady === true || window.benchError !== undefined', { what: `the harness at ${url}` });
  const error = await page.evaluate('window.benchError');
  if (error) throw new Error(`the harness at ${url} failed: ${error}`);
}

/**
 * Measures one case `runs` times for the widget and the baseline (and the
 * direct baseline, given the widgets' markup by tag from `directMarkupOf`).
 * Returns the wall-clock and main-thread CPU milliseconds of every run, the
 * bundle's import time, where the baseline's markup differs from the
 * widget's ('' when it does not) and how many list items the widget showed.
 *
 * @typedef {ReturnType<Window['bench']['markup']>} Markup
 * @typedef {{
 *   name: string, widget: number[], vanilla: number[], direct: number[], widgetCpu: number[], vanillaCpu: number[], directCpu: number[], importMs: number[],
 *   markup?: { widget?: Markup, vanilla?: Markup, direct?: Markup }, difference?: string, directDifference?: string, listItems?: number,
 *   widgetMedian?: number, vanillaMedian?: number, ratio?: number, cpuRatio?: number,
 *   directMedian?: number, directRatio?: number, directCpuRatio?: number,
 * }} RenderResult
 */
export async function measureRender(page, origin, testCase, runs, directMarkup = undefined) {
  /** @type {RenderResult} */
  const result = { name: testCase.name, widget: [], vanilla: [], direct: [], widgetCpu: [], vanillaCpu: [], directCpu: [], importMs: [], markup: {} };
  const markup = /** @type {NonNullable<RenderResult['markup']>} */ (result.markup);
  /** @type {('widget' | 'vanilla' | 'direct')[]} */
  const impls = directMarkup ? ['widget', 'vanilla', 'direct'] : ['widget', 'vanilla'];
  for (let run = 0; run < runs; run += 1) {
    // Rotate who goes first, so none always meets a warmer machine.
    const order = impls.map((_, index) => impls[(index + run) % impls.length]);
    for (const impl of order) {
      await openHarness(page, pageUrl(origin, impl, testCase.entry, testCase.preload));
      if (impl === 'direct') await page.evaluate((given) => window.bench.setDirectMarkup(given), directMarkup);
      const before = await page.metrics();
      const ms = await page.evaluate((specs) => window.bench.render(specs), testCase.specs);
      const after = await page.metrics();
      result[impl].push(ms);
      result[`${impl}Cpu`].push((after.ThreadTime - before.ThreadTime) * 1000);
      if (impl === 'widget') result.importMs.push(await page.evaluate('window.bench.importMs'));
      if (run === 0) markup[impl] = await page.evaluate('window.bench.markup()');
    }
  }
  result.difference = markupDifference(markup.widget, markup.vanilla);
  if (directMarkup) result.directDifference = markupDifference(markup.widget, markup.direct);
  result.listItems = markup.widget?.[0]?.tree.filter((line) => /^\s*<li /.test(line)).length ?? 0;
  delete result.markup;
  const widgetMedian = median(result.widget);
  const vanillaMedian = median(result.vanilla);
  Object.assign(result, { widgetMedian, vanillaMedian, ratio: widgetMedian / vanillaMedian });
  result.cpuRatio = median(result.widgetCpu) / median(result.vanillaCpu);
  if (directMarkup) {
    const directMedian = median(result.direct);
    Object.assign(result, { directMedian, directRatio: widgetMedian / directMedian });
    result.directCpuRatio = median(result.widgetCpu) / median(result.directCpu);
  }
  return result;
}

/**
 * Milliseconds of the feed layer alone (JSON.parse and validation, the
 * library's `parseFeed`) on a preloaded feed, median of `runs` fresh pages
 * with the full bundle (which exports it): the share of a render that the
 * baseline, trusting its feed, does not pay.
 */
export async function measureParse(page, origin, feedPath, runs) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    await openHarness(page, pageUrl(origin, 'widget', 'standpoint-widgets', [feedPath]));
    times.push(await page.evaluate((path) => window.bench.parse(path), feedPath));
  }
  return median(times);
}

/**
 * Where the baseline's markup differs from the widget's, in words; '' when
 * they are the same: the host's attributes, every element with its
 * attributes and text (whitespace collapsed), the text as laid out
 * (`innerText`), and the height within a pixel.
 */
export function markupDifference(widgetHosts, vanillaHosts) {
  if (!widgetHosts || !vanillaHosts) return 'no markup was recorded';
  if (widgetHosts.length !== vanillaHosts.length) return `${widgetHosts.length} widgets but ${vanillaHosts.length} baselines`;
  for (let index = 0; index < widgetHosts.length; index += 1) {
    const widget = widgetHosts[index];
    const vanilla = vanillaHosts[index];
    const where = `<${widget.tag}>`;
    const hostWidget = widget.host.join(' ');
    const hostVanilla = vanilla.host.join(' ');
    if (hostWidget !== hostVanilla) return `${where} host attributes: widget [${hostWidget}], baseline [${hostVanilla}]`;
    const length = Math.max(widget.tree.length, vanilla.tree.length);
    for (let line = 0; line < length; line += 1) {
      if (widget.tree[line] !== vanilla.tree[line]) {
        // JSON keeps the indentation, which tells a nesting difference.
        return `${where} line ${line + 1}: widget ${JSON.stringify(widget.tree[line] ?? '(nothing)')} | baseline ${JSON.stringify(vanilla.tree[line] ?? '(nothing)')}`;
      }
    }
    if (widget.text !== vanilla.text) {
      const at = [...widget.text].findIndex((char, position) => char !== vanilla.text[position]);
      return `${where} laid-out text differs at ${at}: widget ${JSON.stringify(widget.text.slice(Math.max(0, at - 20), at + 20))} | baseline ${JSON.stringify(vanilla.text.slice(Math.max(0, at - 20), at + 20))}`;
    }
    if (Math.abs(widget.height - vanilla.height) > 1) return `${where} height: widget ${widget.height}px, baseline ${vanilla.height}px`;
  }
  return '';
}
